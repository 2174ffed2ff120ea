import { addDays, addYears } from "@childrens-social-care/core";
import type { CareEpisode } from "../model/care-episode";
import { placementsOf } from "../model/placement";
import { isTemporaryPlacement } from "../model/placement-kinds";
import { countedEpisodes, isOpenOn } from "./periods-of-care";

/** Options for {@link placementsInLast12Months}. */
export interface PlacementCountOptions {
  /** Count placements made only of temporary moves (T0-T4). Default false, as the DfE does. */
  readonly includeTemporary?: boolean;
}

/**
 * The number of placements a child had in the 12 months ending on `asAt` (inclusive): every placement
 * (see `Placement`: consecutive episodes with the same carer) open on at least one day from the day after
 * `asAt` minus one year up to `asAt`, including the one the child was in when the 12 months began.
 *
 * Definition followed: the DfE's "three or more placements during the year" for children looked after
 * at 31 March (the former NI 062, kept in "Stability measures for children looked after in England",
 * https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/68c7a1f2-7dd9-42d4-9794-e94203e311f0).
 * - A change of placement with the same carer is not a new placement: "a child being placed for adoption
 *   with their existing foster carer is not included as a change of placement for the purposes of these
 *   figures" (DfE, LG Inform metric type 850, https://webservices.esd.org.uk/metricTypes/850).
 * - Children under an agreed series of short-term breaks (V3/V4) are left out, as in every DfE stability
 *   table.
 * - Temporary moves (T0-T4: hospital, holiday, respite, seven days or less) are left out by default. This
 *   is our reading, not a published DfE rule: councils report that respite periods are "not counted as
 *   placement moves" (Lincolnshire County Council, Corporate Parenting Panel report on NI 062/NI 063,
 *   http://lincolnshire.moderngov.co.uk/mgAi.aspx?ID=14199). `includeTemporary` counts them.
 *
 * @example
 * // Year to 31 March 2024: placements open on any day from 1 April 2023 to 31 March 2024.
 * placementsInLast12Months(episodes, "2024-03-31");
 */
export function placementsInLast12Months(
  episodes: readonly CareEpisode[],
  asAt: string,
  options: PlacementCountOptions = {},
): number {
  const from = addDays(addYears(asAt, -1), 1);
  let count = 0;
  for (const p of placementsOf(countedEpisodes(episodes))) {
    if (!options.includeTemporary && p.placementTypes.every(isTemporaryPlacement)) continue;
    // Open on some day of [from, asAt]: started by asAt, and not ended before `from` (a placement ending
    // on `from` was open the day before only, so its end must be after `from`).
    if (p.startDate <= asAt && (p.endDate === undefined || p.endDate > from)) count++;
  }
  return count;
}

/**
 * The DfE's short-term stability flag: the child is looked after on `asAt` (usually 31 March) and had 3
 * or more placements in the 12 months to that date (see {@link placementsInLast12Months}).
 */
export function hasThreeOrMorePlacements(
  episodes: readonly CareEpisode[],
  asAt: string,
  options: PlacementCountOptions = {},
): boolean {
  const counted = countedEpisodes(episodes);
  if (!counted.some((e) => isOpenOn(e, asAt))) return false;
  return placementsInLast12Months(counted, asAt, options) >= 3;
}
