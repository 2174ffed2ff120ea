import { addYears } from "@childrens-social-care/core";
import type { CareEpisode } from "../model/care-episode";
import { countedEpisodes, periodsOfCare } from "./periods-of-care";

/** How a period of care ended in permanence, by the reason the last episode ceased (REC). */
export type PermanenceKind =
  | "adoption"
  | "special-guardianship"
  | "child-arrangements-order"
  | "returned-home";

// REC codes by permanence outcome (SSDA903 REC labels, shared/reference/ssda903.md §1.2):
// adoption E11/E12; special guardianship E43/E44 (to 2017-18) and E45-E48 (from 2018-19); residence order
// or child arrangements order E41; returned home to parents as part of the care plan E4A.
const BY_REASON: Readonly<Record<string, PermanenceKind>> = {
  E11: "adoption",
  E12: "adoption",
  E43: "special-guardianship",
  E44: "special-guardianship",
  E45: "special-guardianship",
  E46: "special-guardianship",
  E47: "special-guardianship",
  E48: "special-guardianship",
  E41: "child-arrangements-order",
  E4A: "returned-home",
};

/** The permanence outcome a reason for ceasing stands for, if any. */
export function permanenceKind(reasonEnded: string | undefined): PermanenceKind | undefined {
  return reasonEnded === undefined ? undefined : BY_REASON[reasonEnded];
}

/** Options for {@link achievedPermanenceWithin12Months}. */
export interface PermanenceOptions {
  /**
   * Count a planned return home to parents (E4A) as permanence. Default false: the default counts legal
   * permanence only, an order that ends care for good (adoption, special guardianship, a residence or
   * child arrangements order); some councils' figures also count a planned return home.
   */
  readonly includeReturnHome?: boolean;
}

/**
 * Permanence within 12 months of entering care, the figure committees quote ("31% achieved permanence
 * within 12 months"). No national DfE definition of this figure was available to us, so the measure is
 * built from the return's own codes and says exactly what it counts:
 *
 * for each period of care that started from `from` to `to` (inclusive), whether it ended in permanence
 * within 12 months of its start: the period's last episode ended on or before the first anniversary of
 * the start with a permanence reason (see {@link permanenceKind}). Returns one result per period, so a
 * council can count "N% achieved permanence within 12 months" over the children who entered care in a
 * year. A period still open 12 months after it started has not achieved permanence.
 */
export function achievedPermanenceWithin12Months(
  episodes: readonly CareEpisode[],
  from: string,
  to: string,
  options: PermanenceOptions = {},
): { startDate: string; achieved: boolean; kind?: PermanenceKind }[] {
  return periodsOfCare(countedEpisodes(episodes))
    .filter((p) => p.startDate >= from && p.startDate <= to)
    .map((p) => {
      const last = p.episodes.at(-1);
      const kind = permanenceKind(last?.reasonEnded);
      const counts = kind !== undefined && (kind !== "returned-home" || options.includeReturnHome === true);
      const inTime = p.endDate !== undefined && p.endDate <= addYears(p.startDate, 1);
      return counts && inTime && kind
        ? { startDate: p.startDate, achieved: true, kind }
        : { startDate: p.startDate, achieved: false };
    });
}
