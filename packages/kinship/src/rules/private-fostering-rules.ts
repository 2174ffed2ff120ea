import { addDays, daysBetween, type IsoDate } from "@childrens-social-care/core";
import { isCloseRelative } from "../arrangement/carer";
import type { KinshipArrangement } from "../arrangement/kinship-arrangement";
import type { Rule, RuleOptions } from "../rule";

const REG_3 = "Children (Private Arrangements for Fostering) Regulations 2005 (SI 2005/1533) reg 3";
/** reg 3: notice "at least six weeks before" the arrangement begins. */
export const PRIVATE_FOSTERING_NOTICE_WEEKS = 6;

/**
 * The last day on which a proposed private foster carer can notify the local authority when the
 * arrangement was agreed more than six weeks ahead: six weeks (42 days) before it begins.
 *
 * @example privateFosteringNoticeDue("2024-03-11"); // "2024-01-29"
 */
export function privateFosteringNoticeDue(startsOn: string): IsoDate {
  return addDays(startsOn, -PRIVATE_FOSTERING_NOTICE_WEEKS * 7);
}

/**
 * The local authority was told in time: at least six weeks before the arrangement began, or immediately
 * when it was agreed less than six weeks ahead. Notice after the arrangement began is an error (failing
 * to notify is an offence, Children Act 1989 s70); notice within the six weeks is a query unless the
 * record shows it was given the day the arrangement was agreed, because "immediately" has no number of
 * days to test against.
 */
export const privateFosteringNoticeInTime: Rule<KinshipArrangement, RuleOptions> = {
  id: "kinship/private-fostering-notice",
  severity: "error",
  description:
    "A private fostering arrangement is notified at least six weeks before it begins, or immediately if agreed less than six weeks ahead.",
  source: `${REG_3}; Children Act 1989 ss66-67, 70`,
  check(arrangement, options) {
    if (arrangement.type !== "private-fostering") return [];
    const { startedOn, notifiedOn, arrangedOn } = arrangement;
    const due = privateFosteringNoticeDue(startedOn);
    const issue = (severity: "error" | "query", message: string, field: string) => [
      { rule: "kinship/private-fostering-notice", severity, message, path: [field] },
    ];
    if (notifiedOn === undefined) {
      if (options?.asOf === undefined || options.asOf < startedOn) return [];
      return issue(
        "error",
        "The arrangement has begun and the local authority has not been notified (reg 3).",
        "notifiedOn",
      );
    }
    if (notifiedOn > startedOn)
      return issue(
        "error",
        `The local authority was notified ${plural(daysBetween(startedOn, notifiedOn), "day")} after the arrangement began; notice is due at least six weeks before, or immediately (reg 3).`,
        "notifiedOn",
      );
    if (notifiedOn <= due) return [];
    if (arrangedOn === undefined)
      return issue(
        "query",
        "Notice was given less than six weeks before the arrangement began. That is lawful only if it was agreed less than six weeks ahead and notified immediately: record when it was arranged (reg 3).",
        "arrangedOn",
      );
    if (arrangedOn <= due)
      return issue(
        "error",
        "The arrangement was agreed more than six weeks ahead, so notice was due at least six weeks before it began (reg 3).",
        "notifiedOn",
      );
    if (notifiedOn > arrangedOn)
      return issue(
        "query",
        `The arrangement was agreed less than six weeks ahead but notified ${plural(daysBetween(arrangedOn, notifiedOn), "day")} after it was agreed; notice is due immediately (reg 3). Confirm or explain the delay.`,
        "notifiedOn",
      );
    return [];
  },
};

/**
 * A child living with a close relative is never privately fostered (Children Act 1989 s66(1), s105): the
 * arrangement is a private family arrangement.
 */
export const privateFosteringNotWithCloseRelative: Rule<KinshipArrangement> = {
  id: "kinship/private-fostering-close-relative",
  severity: "error",
  description: "Private fostering is care by someone who is not a parent or close relative.",
  source: 'Children Act 1989 s66(1)(a) and s105 ("relative")',
  check(arrangement) {
    if (arrangement.type !== "private-fostering") return [];
    return arrangement.carers.flatMap((carer, index) =>
      isCloseRelative(carer.relationship)
        ? [
            {
              rule: "kinship/private-fostering-close-relative",
              severity: "error" as const,
              message:
                "A close relative (grandparent, brother, sister, aunt, uncle or step-parent) does not privately foster; record this as a private family arrangement.",
              path: ["carers", index, "relationship"],
            },
          ]
        : [],
    );
  },
};

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
