import { addMonths, addYears, ageOn } from "@childrens-social-care/core";
import type { CareEpisode } from "../model/care-episode";
import { placementsOf } from "../model/placement";
import { isPlacedForAdoption } from "../model/placement-kinds";
import { countedEpisodes, isOpenOn, periodsOfCare } from "./periods-of-care";

/** The result of {@link longTermStability}. */
export interface LongTermStability {
  /** In the measure's cohort: under 16 on `asAt` and looked after continuously for 2.5 years or more. */
  readonly inCohort: boolean;
  /** In the cohort and in the same placement for 2 years or more (or adoptive plus previous placement). */
  readonly stable: boolean;
}

/**
 * Long-term placement stability on `asAt` (usually 31 March).
 *
 * Definition (DfE, former NI 063): "the percentage of looked after children aged under 16 who have been
 * looked after continuously for at least 2.5 years who were living in the same placement for at least 2
 * years, or are placed for adoption and their adoptive placement together with their previous placement
 * together last for at least 2 years" (NI 063 dataset description, DCSF; the DfE's current "Stability
 * measures for children looked after in England" keeps it as "aged under 16 looked after continuously for
 * at least 2.5 years and living with the same carer for at least 2 years",
 * https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/68c7a1f2-7dd9-42d4-9794-e94203e311f0).
 *
 * - 2.5 years is 30 calendar months: care must have started on or before `asAt` minus 30 months.
 * - The placement is the carer (see `Placement`), so a change of placement type with the same carer
 *   (RNE T or U) keeps the placement.
 * - When the current placement is an adoptive one (A3-A6) that followed another placement without a
 *   break, the two together must reach 2 years.
 *
 * @example
 * longTermStability("2012-05-01", episodes, "2024-03-31"); // { inCohort: true, stable: true }
 */
export function longTermStability(
  dateOfBirth: string,
  episodes: readonly CareEpisode[],
  asAt: string,
): LongTermStability {
  const counted = countedEpisodes(episodes);
  const period = periodsOfCare(counted).find((p) => isOpenOn(p, asAt));
  const inCohort =
    period !== undefined && ageOn(dateOfBirth, asAt) < 16 && period.startDate <= addMonths(asAt, -30);
  if (!period || !inCohort) return { inCohort: false, stable: false };
  const placements = placementsOf([...period.episodes]);
  const index = placements.findIndex((p) => isOpenOn(p, asAt));
  const current = placements[index];
  if (!current) return { inCohort, stable: false };
  const twoYearsBefore = addYears(asAt, -2);
  if (current.startDate <= twoYearsBefore) return { inCohort, stable: true };
  const adoptive = isPlacedForAdoption(current.placementTypes.at(-1) ?? "");
  const previous = placements[index - 1];
  const combined = adoptive && previous !== undefined && previous.endDate === current.startDate;
  return { inCohort, stable: combined && previous.startDate <= twoYearsBefore };
}
