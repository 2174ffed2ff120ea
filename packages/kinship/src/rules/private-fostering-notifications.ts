import type { RecordRule as Rule, ValidationIssue } from "@childrens-social-care/core";
import type { KinshipArrangement } from "../arrangement/kinship-arrangement";

// Children (Private Arrangements for Fostering) Regulations 2005 (SI 2005/1533) reg 9 requires the private
// foster carer (and a parent or person with parental responsibility) to notify the council of changes of
// circumstance, and reg 10 requires notification when the arrangement ends (the explanatory note, read at
// https://www.legislation.gov.uk/uksi/2005/1533/note/made). The time limits in the regulations' own text
// were not verified for this package: council procedures quote "within 48 hours" for the end of an
// arrangement, and not consistently for changes. So this rule asks only whether a notification is recorded
// at all, as a query; it never judges the notification late.
const REGS = "Children (Private Arrangements for Fostering) Regulations 2005";

/**
 * Each change of circumstance recorded for a private fostering arrangement, and its end, has a
 * notification to the council recorded. A missing notification is a query (the record may simply not hold
 * it); no time limit is tested, because the regulations' limits have not been verified here.
 */
export const privateFosteringChangesNotified: Rule<KinshipArrangement> = {
  id: "kinship/private-fostering-notifications",
  severity: "query",
  description:
    "Changes of circumstance in a private fostering arrangement, and its end, are notified to the council.",
  source: `${REGS} regs 9 and 10`,
  check(arrangement) {
    if (arrangement.type !== "private-fostering") return [];
    const issues: ValidationIssue[] = [];
    (arrangement.changesOfCircumstance ?? []).forEach((change, index) => {
      if (change.notifiedOn === undefined)
        issues.push({
          rule: "kinship/private-fostering-notifications",
          severity: "query",
          message: `A change of circumstances has no notification to the council recorded (${REGS} reg 9).`,
          path: ["changesOfCircumstance", index, "notifiedOn"],
        });
    });
    if (arrangement.endedOn !== undefined && arrangement.endNotifiedOn === undefined)
      issues.push({
        rule: "kinship/private-fostering-notifications",
        severity: "query",
        message: `The arrangement has ended and no notification of its end to the council is recorded (${REGS} reg 10).`,
        path: ["endNotifiedOn"],
      });
    return issues;
  },
};
