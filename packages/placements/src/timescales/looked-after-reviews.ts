import {
  addMonths,
  addWorkingDays,
  type Deadline,
  deadlineRule,
  recurringDeadlines,
} from "@childrens-social-care/core";
import { countedEpisodes, periodsOfCare } from "../measures/periods-of-care";
import type { CareEpisode } from "../model/care-episode";

// Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959), reg 33 "Timing of
// reviews" (https://www.legislation.gov.uk/uksi/2010/959/part/6/made):
// (1) the responsible authority must first review C's case within 20 working days of the date on which C
//     becomes looked after;
// (2) the second review must be carried out not more than three months after the first, and subsequent
//     reviews at intervals of not more than six months.
// A review held earlier than due (reg 33(3): at the IRO's request, before a placement change...) restarts
// the clock, so each interval runs from the review actually held before it. Working days exclude
// weekends and England and Wales bank holidays (core's table, 2018-2028); a first review due after the
// table ends is reported with an unknown date rather than a guessed one.
const REG_33_1 = "Care Planning, Placement and Case Review (England) Regulations 2010 reg 33(1)";
const REG_33_2 = "Care Planning, Placement and Case Review (England) Regulations 2010 reg 33(2)";

/** A period of looked-after care, from the day the child became looked after. */
export interface LookedAfterPeriod {
  readonly startDate: string;
  readonly endDate?: string | undefined;
}

/**
 * The review deadlines of one period of care (reg 33): the first within 20 working days of the start, the
 * second within three months of the first, then every six months from the one before; each met by the
 * next review held in the period. The schedule stops at the first deadline not yet met (the next one runs
 * from a review not yet held), and at the end of the period when nothing more fell due before it.
 */
export function reviewDeadlines(
  period: LookedAfterPeriod,
  reviewDates: readonly string[],
  asOf?: string,
): Deadline[] {
  return recurringDeadlines({
    start: period.startDate,
    held: reviewDates,
    ended: period.endDate,
    asOf,
    startDayCounts: true,
    next: (anchor, n) => ({
      ...(n === 0 ? REVIEW_KINDS[0] : n === 1 ? REVIEW_KINDS[1] : REVIEW_KINDS[2]),
      dueBy: n === 0 ? (addWorkingDays(anchor, 20) ?? null) : addMonths(anchor, n === 1 ? 3 : 6),
    }),
  });
}

const REVIEW_KINDS = [
  {
    id: "placements/review-first",
    label: "First review of the child's case (due within 20 working days of becoming looked after)",
    source: REG_33_1,
  },
  {
    id: "placements/review-second",
    label: "Second review (due not more than three months after the first)",
    source: REG_33_2,
  },
  {
    id: "placements/review-subsequent",
    label: "Review (due not more than six months after the previous one)",
    source: REG_33_2,
  },
] as const;

/**
 * The review deadlines of a child across every period of care in their episodes. Periods under an agreed
 * series of short breaks only (legal status V3/V4) are left out: reg 48 sets their own review timing.
 */
export function lookedAfterReviewDeadlines(
  episodes: readonly CareEpisode[],
  reviewDates: readonly string[],
  asOf?: string,
): Deadline[] {
  return periodsOfCare(countedEpisodes(episodes)).flatMap((p) => reviewDeadlines(p, reviewDates, asOf));
}

/** A child's episodes of care and the dates of their reviews (SSDA903 Episodes and Reviews). */
export interface ReviewTimescaleRecord {
  readonly episodes: readonly CareEpisode[];
  readonly reviews: readonly { readonly reviewDate: string }[];
}

/** Every looked-after review was held in time (CPPCR 2010 reg 33). */
export const lookedAfterReviewsInTime = deadlineRule<ReviewTimescaleRecord>({
  id: "placements/review-timescales",
  severity: "error",
  description:
    "The first review is held within 20 working days of becoming looked after, the second within three months of the first, then at most every six months.",
  source: "Care Planning, Placement and Case Review (England) Regulations 2010 reg 33",
  path: ["reviews"],
  deadlines: (record, asOf) =>
    lookedAfterReviewDeadlines(
      record.episodes,
      record.reviews.map((r) => r.reviewDate),
      asOf,
    ),
});
