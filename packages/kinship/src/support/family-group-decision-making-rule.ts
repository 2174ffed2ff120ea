import type { RecordRule as Rule, RuleOptions, ValidationIssue } from "@childrens-social-care/core";
import { commencementDateOf } from "@childrens-social-care/reforms";
import type { FamilyNetworkMeeting } from "./family-network-meeting";

const S31ZA = "Children Act 1989 s31ZA (Children's Wellbeing and Schools Act 2026 s1)";

/** The reforms catalogue's id for the s31ZA duty, whose commencement this rule follows. */
export const FGDM_PROVISION_ID = "family-group-decision-making";

/** Options of the family group decision-making rule. */
export interface FgdmRuleOptions extends RuleOptions {
  /**
   * The day s31ZA came into force, to use instead of the reforms catalogue's. Applications before it are
   * not checked.
   */
  readonly dutyInForceFrom?: string;
}

/**
 * The day the s31ZA duty applies from: the date given, else the commencement date recorded in the reforms
 * catalogue (the same entry a committee report reads); `undefined` while neither is known.
 *
 * s31ZA commences on a day the Secretary of State appoints by regulations (CWSA 2026 s78(5)), and none was
 * found made when last checked, so by default the duty does not yet apply and the rule reports nothing.
 */
export function fgdmDutyInForceFrom(options?: FgdmRuleOptions): string | undefined {
  return options?.dutyInForceFrom ?? commencementDateOf(FGDM_PROVISION_ID);
}

/**
 * Before applying for a care or supervision order the council offered a family group decision-making
 * meeting in the letter before proceedings, and held it if accepted, unless it decided a meeting was
 * not in the child's best interests. A meeting held the same day as the application passes: dates alone
 * cannot tell which came first. The rule applies only to applications made once the duty is in force
 * ({@link fgdmDutyInForceFrom}); until a commencement date is known it reports nothing.
 */
export const familyGroupDecisionMakingBeforeProceedings: Rule<FamilyNetworkMeeting, FgdmRuleOptions> = {
  id: "kinship/family-group-decision-making",
  severity: "error",
  description:
    "Before care proceedings a family group decision-making meeting is offered in the letter before proceedings and, if accepted, held.",
  source: S31ZA,
  check(meeting, options) {
    const applied = meeting.careProceedings?.appliedOn;
    if (applied === undefined) return [];
    const inForceFrom = fgdmDutyInForceFrom(options);
    if (inForceFrom === undefined || applied < inForceFrom) return [];
    const issue = (message: string, path: (string | number)[]): ValidationIssue => ({
      rule: "kinship/family-group-decision-making",
      severity: "error",
      message,
      path,
    });
    const offer = meeting.offer;
    if (offer === undefined)
      return [
        issue(
          `Care proceedings were applied for with no family group decision-making meeting offered (${S31ZA}(1)).`,
          ["offer"],
        ),
      ];
    if (offer.decision === "not-offered-not-in-best-interests")
      return offer.decidedOn > applied
        ? [
            issue(
              "The decision that a meeting was not in the child's best interests was made after the application (s31ZA(3)).",
              ["offer", "decidedOn"],
            ),
          ]
        : [];
    const issues: ValidationIssue[] = [];
    if (offer.offeredOn > applied)
      issues.push(
        issue(
          "The meeting was offered only after the application for a care or supervision order (s31ZA(1)).",
          ["offer", "offeredOn"],
        ),
      );
    if (!offer.inLetterBeforeProceedings)
      issues.push(
        issue("The offer of a meeting was not included in the letter before proceedings (s31ZA(6)).", [
          "offer",
          "inLetterBeforeProceedings",
        ]),
      );
    if (offer.response === "accepted" && (meeting.held === undefined || meeting.held.heldOn > applied))
      issues.push(
        issue("The offer was accepted but the meeting was not held before the application (s31ZA(2)).", [
          "held",
        ]),
      );
    return issues;
  },
};
