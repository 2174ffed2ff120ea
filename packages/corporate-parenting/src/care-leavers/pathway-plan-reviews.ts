import { addMonths, type Deadline, deadlineRule, recurringDeadlines } from "@childrens-social-care/core";
import type { CareLeaverStatus } from "../local-offer/local-offer-codes";

// A relevant or former relevant child's pathway plan is reviewed at intervals of not more than six months
// (and sooner when the young person or the personal adviser asks). The duty is in the Care Leavers
// (England) Regulations 2010 (SI 2010/2571, in force 1 April 2011; https://www.legislation.gov.uk/uksi/2010/2571/made),
// Part 3 (pathway plans); the number of the regulation and its text were not read for this package. The
// six months are as Norfolk County Council tells its care leavers ("every six months. This is what the law
// requires", https://www.norfolk.gov.uk/article/41535/Pathway-plan-review) and as the Welsh equivalent
// sets them (Children (Leaving Care) (Wales) Regulations 2001 reg 9(2)(c)). An eligible
// child's pathway plan is reviewed with the looked-after child's reviews (CPPCR 2010 Part 7), which the
// placements package times.
const SOURCE =
  "Care Leavers (England) Regulations 2010 (SI 2010/2571), review of pathway plans (regulation number not verified)";

/** The care leavers whose pathway plan is reviewed under the Care Leavers (England) Regulations 2010. */
const REVIEWED: readonly CareLeaverStatus[] = [
  "relevant-child",
  "former-relevant-child",
  "former-relevant-child-returning",
];

/** One care leaver's pathway plan and its reviews. */
export interface PathwayPlanReviewInput {
  readonly status: CareLeaverStatus;
  /** When the pathway plan was prepared (or, for a young person who had one as an eligible child, when they left care). */
  readonly preparedOn: string;
  /** The reviews held, in any order. */
  readonly reviewsHeldOn: readonly string[];
  /** When the council's pathway planning duty ended (the young person reached 21 or 25, or declined support). */
  readonly endedOn?: string | undefined;
}

/**
 * The reviews a care leaver's pathway plan is due: each within six months of the plan or of the review
 * before it (calendar months, clamped to the end of a shorter month). The schedule stops at the first
 * review not held, and at the end of the duty when nothing more fell due. Eligible children (still looked
 * after) and qualifying care leavers have none here.
 */
export function pathwayPlanReviewDeadlines(input: PathwayPlanReviewInput, asOf?: string): Deadline[] {
  if (!REVIEWED.includes(input.status)) return [];
  return recurringDeadlines({
    start: input.preparedOn,
    held: input.reviewsHeldOn,
    ended: input.endedOn,
    asOf,
    next: (anchor) => ({
      id: "corporate-parenting/pathway-plan-review",
      label: "Pathway plan review (due within six months of the plan or the last review)",
      dueBy: addMonths(anchor, 6),
      source: SOURCE,
    }),
  });
}

/** A relevant or former relevant child's pathway plan is reviewed at least every six months. */
export const pathwayPlanReviewedSixMonthly = deadlineRule<PathwayPlanReviewInput>({
  id: "corporate-parenting/pathway-plan-review",
  severity: "error",
  description: "A care leaver's pathway plan is reviewed at intervals of not more than six months.",
  source: SOURCE,
  path: ["reviewsHeldOn"],
  deadlines: pathwayPlanReviewDeadlines,
});
