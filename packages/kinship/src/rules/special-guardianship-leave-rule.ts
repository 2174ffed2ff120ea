import type { RecordRule as Rule } from "@childrens-social-care/core";
import type { KinshipArrangement } from "../arrangement/kinship-arrangement";

// Children Act 1989 s14A(3): the court may make a special guardianship order on the application of an
// individual who is entitled to apply (s14A(5)) or "has obtained the leave of the court to make the
// application". Birmingham City Council v LR [2006] EWCA Civ 1748 held that an individual who needs leave
// must obtain it before giving the local authority the three months' notice of intention under s14A(7):
// notice given before leave does not count (judgment read at the National Archives' Find Case Law).
const SOURCE = "Children Act 1989 s14A(3)(b) and (7); Birmingham City Council v LR [2006] EWCA Civ 1748";

/**
 * An applicant who needs the court's leave to apply for a special guardianship order has it before giving
 * notice of intention. Notice before leave is an error (it must be given again); notice with no leave date
 * recorded is a query.
 */
export const specialGuardianshipLeaveBeforeNotice: Rule<KinshipArrangement> = {
  id: "kinship/special-guardianship-leave",
  severity: "error",
  description:
    "An applicant who needs the court's leave to apply for a special guardianship order obtains it before giving the three months' notice.",
  source: SOURCE,
  check(arrangement) {
    if (arrangement.type !== "special-guardianship-order") return [];
    const application = arrangement.application;
    const notice = arrangement.noticeOfIntentionGivenOn;
    if (application?.route !== "application" || application.leaveRequired !== true || notice === undefined)
      return [];
    if (application.leaveGrantedOn === undefined)
      return [
        {
          rule: "kinship/special-guardianship-leave",
          severity: "query",
          message: `The applicant needs the court's leave to apply and notice of intention is recorded, but not when leave was granted; leave must come first (${SOURCE}).`,
          path: ["application", "leaveGrantedOn"],
        },
      ];
    if (application.leaveGrantedOn <= notice) return [];
    return [
      {
        rule: "kinship/special-guardianship-leave",
        severity: "error",
        message: `Notice of intention was given before the court granted leave to apply, so it does not count: notice must be given again after leave (${SOURCE}).`,
        path: ["noticeOfIntentionGivenOn"],
      },
    ];
  },
};
