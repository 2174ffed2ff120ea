import {
  addYears,
  type Deadline,
  deadline,
  deadlineRule,
  recurringDeadlines,
} from "@childrens-social-care/core";
import type { SupportPlan } from "./support-plan";

// Special Guardianship Regulations 2005 (SI 2005/1109) reg 17, as made
// (https://www.legislation.gov.uk/uksi/2005/1109/part/2/chapter/4/made): where the local authority provide
// special guardianship support services other than financial support paid periodically, they must review
// the provision of those services if the person's circumstances change, at such stage in the plan as they
// consider appropriate, and "in any event, at least annually" (reg 17(2)(c)). Financial support paid
// periodically is reviewed under reg 18 (annual statement of circumstances); its text was not verified for
// this package, so it is not timed here (the financial support rule checks each payment has a review date).
const REG_17 = "Special Guardianship Regulations 2005 reg 17(2)(c)";

/**
 * The annual reviews of the services in a special guardianship support plan (reg 17): the first within a
 * year of the plan being agreed (of the first service starting, when no agreement date is recorded), each
 * later one within a year of the review before it. The schedule stops at the first review not held. Plans
 * of other types, plans not yet agreed or ended, and plans with only financial support have none; a plan
 * with no date to count from has one deadline of unknown date.
 */
export function specialGuardianshipSupportReviewDeadlines(plan: SupportPlan, asOf?: string): Deadline[] {
  if (plan.type !== "special-guardianship-support-plan") return [];
  if (plan.status !== "agreed" && plan.status !== "active") return [];
  if (plan.services.length === 0) return [];
  const starts = plan.services.flatMap((s) => (s.startsOn === undefined ? [] : [s.startsOn])).sort();
  const from = plan.agreedOn ?? starts[0];
  const label = "Review of the special guardianship support services (at least annually)";
  if (from === undefined)
    return [deadline({ id: "kinship/sg-support-review", label, dueBy: null, source: REG_17 }, asOf)];
  return recurringDeadlines({
    start: from,
    held: plan.reviewsHeldOn ?? [],
    asOf,
    next: (anchor) => ({
      id: "kinship/sg-support-review",
      label,
      dueBy: addYears(anchor, 1),
      source: REG_17,
    }),
  });
}

/**
 * The services in an agreed special guardianship support plan are reviewed at least annually (reg 17). A
 * review overdue or held late is an error when the plan records its reviews (`reviewsHeldOn`), and a query
 * when it records none at all (the reviews may be held elsewhere).
 */
export const specialGuardianshipSupportReviewedAnnually = deadlineRule<SupportPlan>({
  id: "kinship/sg-support-review",
  severity: "error",
  description:
    "The special guardianship support services in an agreed plan are reviewed at least once a year.",
  source: REG_17,
  path: ["reviewsHeldOn"],
  deadlines: specialGuardianshipSupportReviewDeadlines,
  severityOf: (plan) => (plan.reviewsHeldOn === undefined ? "query" : "error"),
});
