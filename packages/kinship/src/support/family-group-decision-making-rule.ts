import type { ValidationIssue } from "@childrens-social-care/core";
import type { Rule, RuleOptions } from "../rule";
import type { FamilyNetworkMeeting } from "./family-network-meeting";

const S31ZA = "Children Act 1989 s31ZA (Children's Wellbeing and Schools Act 2026 s1)";

/** Options of the family group decision-making rule. */
export interface FgdmRuleOptions extends RuleOptions {
  /**
   * The day s31ZA came into force. Applications before it are not checked. The commencement date was not
   * verified when this was written, so by default every application is checked.
   */
  readonly dutyInForceFrom?: string;
}

/**
 * Before applying for a care or supervision order the council offered a family group decision-making
 * meeting in the letter before proceedings, and held it if accepted, unless it decided a meeting was
 * not in the child's best interests. A meeting held the same day as the application passes: dates alone
 * cannot tell which came first.
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
    if (options?.dutyInForceFrom !== undefined && applied < options.dutyInForceFrom) return [];
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
