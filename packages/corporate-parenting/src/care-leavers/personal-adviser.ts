import { ageOn, dateOfAge, type RecordRule, type RuleOptions } from "@childrens-social-care/core";
import type { CareLeaverStatus } from "../local-offer/local-offer-codes";

// Children Act 1989: a relevant child has a personal adviser (s23B(2)); for a former relevant child the
// council continues the appointment (s23C(3)) to 21, or longer while in education or training (s23CA);
// from 1 April 2018 a former relevant child aged 21 to 25 who asks has a personal adviser again (s23CZB,
// inserted by the Children and Social Work Act 2017 s3; the February 2018 statutory guidance "Extending
// personal adviser support to all care leavers to age 25"). "To 25" is while under 25: the support ends
// on the 25th birthday. The exact wording of s23CZB was not re-read for this package; the reading here is
// the one the national entitlement "Personal adviser to 25" records.
const SOURCE = "Children Act 1989 ss23B(2), 23C(3), 23CA, 23CZB (Children and Social Work Act 2017 s3)";
const S23CZB_FROM = "2018-04-01";

/** One care leaver: status, date of birth (personal data) and whether they have a personal adviser. */
export interface PersonalAdviserInput {
  readonly status: CareLeaverStatus;
  /** Personal data: used only to work out the age. */
  readonly dateOfBirth: string;
  readonly personalAdviserAppointed: boolean;
  /** Aged 21 or over, the young person asked for a personal adviser (s23CZB). */
  readonly requestedAfter21?: boolean | undefined;
  /** In education or training under a pathway plan (s23CA), which keeps the adviser past 21. */
  readonly inEducationOrTraining?: boolean | undefined;
}

/**
 * The first day a care leaver is no longer entitled to a personal adviser: their 25th birthday (29
 * February birthdays fall on 1 March in a common year, as core's `dateOfAge`).
 *
 * @example personalAdviserSupportEndsOn("2001-02-28"); // "2026-02-28"
 */
export function personalAdviserSupportEndsOn(dateOfBirth: string): string {
  return dateOfAge(dateOfBirth, 25);
}

/**
 * Whether a care leaver must have a personal adviser on a date: a relevant child always; a former
 * relevant child under 21; aged 21 to 24 when they asked or are in education or training (s23CZB only from
 * 1 April 2018). `false` at 25 and for eligible children (whose adviser is appointed under Schedule 2
 * para 19C, not timed here) and qualifying care leavers.
 */
export function personalAdviserRequiredOn(input: PersonalAdviserInput, on: string): boolean {
  const age = ageOn(input.dateOfBirth, on);
  if (age >= 25) return false;
  switch (input.status) {
    case "relevant-child":
      return true;
    case "former-relevant-child":
    case "former-relevant-child-returning":
      if (age < 21) return true;
      if (input.inEducationOrTraining === true) return true;
      return input.requestedAfter21 === true && on >= S23CZB_FROM;
    default:
      return false;
  }
}

/** A care leaver who must have a personal adviser (to 25 when they ask) has one. */
export const personalAdviserTo25: RecordRule<PersonalAdviserInput, RuleOptions> = {
  id: "corporate-parenting/personal-adviser",
  severity: "error",
  description:
    "A relevant or former relevant child has a personal adviser: to 21, and to 25 if they ask or are in education or training.",
  source: SOURCE,
  check(input, options) {
    if (options?.asOf === undefined || input.personalAdviserAppointed) return [];
    if (!personalAdviserRequiredOn(input, options.asOf)) return [];
    return [
      {
        rule: "corporate-parenting/personal-adviser",
        severity: "error",
        message: `No personal adviser is appointed for a care leaver who is entitled to one (${SOURCE}).`,
        path: ["personalAdviserAppointed"],
      },
    ];
  },
};
