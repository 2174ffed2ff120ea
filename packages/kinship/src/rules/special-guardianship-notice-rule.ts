import { addDays, addMonths, type IsoDate } from "@childrens-social-care/core";
import type { KinshipArrangement } from "../arrangement/kinship-arrangement";
import type { Rule } from "../rule";

// Children Act 1989 s14A(7): an individual may not apply for a special guardianship order unless,
// "before the beginning of the period of three months ending with the date of the application", they
// have given the local authority written notice of their intention to apply. The period of three months
// ending with the application date begins the day after the date three months earlier (clamped to the
// end of a shorter month), so notice must be given on or before that date. (The quoted wording is from
// domain knowledge and was not re-verified against legislation.gov.uk for this package; the project's
// reference records "3 months written notice", citing Shropshire and Vale of Glamorgan councils. Both
// readings give the same test: notice no later than the same day three months before the application.)
const S14A7 = "Children Act 1989 s14A(7)";

/**
 * The latest date on which notice of intention can be given for a special guardianship application made
 * on `applicationOn`: the same day three months earlier (the last day of the month when that month is
 * shorter).
 *
 * @example specialGuardianshipNoticeLatest("2024-05-31"); // "2024-02-29"
 */
export function specialGuardianshipNoticeLatest(applicationOn: string): IsoDate {
  return addMonths(applicationOn, -3);
}

/**
 * The earliest date an application can be made after notice given on `noticeOn`: the first day whose
 * three-month period begins after the notice.
 *
 * @example earliestSpecialGuardianshipApplication("2023-11-30"); // "2024-03-01" (2024-02-29 is too early)
 */
export function earliestSpecialGuardianshipApplication(noticeOn: string): IsoDate {
  let candidate = addMonths(noticeOn, 3);
  // Clamping makes addMonths non-invertible at month ends; at most three days need checking.
  while (specialGuardianshipNoticeLatest(candidate) < noticeOn) candidate = addDays(candidate, 1);
  return candidate;
}

/** An application for a special guardianship order follows three months' written notice. */
export const specialGuardianshipNoticeGiven: Rule<KinshipArrangement> = {
  id: "kinship/special-guardianship-notice",
  severity: "error",
  description:
    "An individual applying for a special guardianship order gave the local authority written notice at least three months before applying (not needed when the court acts of its own motion).",
  source: S14A7,
  check(arrangement) {
    if (arrangement.type !== "special-guardianship-order") return [];
    const application = arrangement.application;
    if (application?.route !== "application") return [];
    const notice = arrangement.noticeOfIntentionGivenOn;
    if (notice === undefined)
      return [
        {
          rule: "kinship/special-guardianship-notice",
          severity: "error",
          message: `No written notice of intention to apply is recorded; ${S14A7} requires it three months before an application.`,
          path: ["noticeOfIntentionGivenOn"],
        },
      ];
    if (application.madeOn === undefined || notice <= specialGuardianshipNoticeLatest(application.madeOn))
      return [];
    return [
      {
        rule: "kinship/special-guardianship-notice",
        severity: "error",
        message: `The application was made less than three months after notice of intention was given (${S14A7}).`,
        path: ["application", "madeOn"],
      },
    ];
  },
};
