import {
  createReport,
  issuesFromZod,
  type RecordRule as Rule,
  type RuleOptions,
  runRules,
  type ValidationIssue,
  type ValidationReport,
} from "@childrens-social-care/core";
import * as z from "zod";
import {
  CorporateParentingPrinciple,
  type CorporateParentingPrinciple as Principle,
  paragraphOf,
} from "../principles/corporate-parenting-principle";
import { Strategy } from "./strategy";

const issue = (
  rule: string,
  severity: ValidationIssue["severity"],
  message: string,
  path: (string | number)[],
) => ({
  rule,
  severity,
  message,
  path,
});

/** The period ends no earlier than it starts. */
export const strategyPeriodInOrder: Rule<Strategy> = {
  id: "corporate-parenting/strategy-period",
  severity: "error",
  description: "A strategy's period ends no earlier than it starts.",
  source: "Data integrity",
  check: (s) =>
    s.period.toYear < s.period.fromYear
      ? [
          issue("corporate-parenting/strategy-period", "error", "The period ends before it starts.", [
            "period",
            "toYear",
          ]),
        ]
      : [],
};

/** An adopted strategy (or one in force, under review or superseded) records the decision that approved it. */
export const strategyApprovalRecorded: Rule<Strategy> = {
  id: "corporate-parenting/strategy-approval",
  severity: "error",
  description: "A strategy past draft and consultation links to the decision that approved it.",
  source:
    "Council constitution: strategies are approved by a decision of the council, cabinet or a committee",
  check: (s) =>
    s.status !== "draft" && s.status !== "consultation" && s.approval === undefined
      ? [
          issue(
            "corporate-parenting/strategy-approval",
            "error",
            `The strategy is "${s.status}" but no approval decision is linked.`,
            ["approval"],
          ),
        ]
      : [],
};

/** Care experience adopted as a protected characteristic says when and by which decision. */
export const protectedCharacteristicDecisionRecorded: Rule<Strategy> = {
  id: "corporate-parenting/protected-characteristic-decision",
  severity: "error",
  description: "Care experience adopted as a protected characteristic records the date and the decision.",
  source:
    "Council resolution (care experience is not a protected characteristic under the Equality Act 2010)",
  check(s) {
    const pc = s.careExperienceProtectedCharacteristic;
    if (pc?.status !== "adopted") return [];
    const out: ValidationIssue[] = [];
    const base = ["careExperienceProtectedCharacteristic"];
    if (pc.adoptedOn === undefined)
      out.push(
        issue(
          "corporate-parenting/protected-characteristic-decision",
          "error",
          "Adopted, but the date it was adopted is not recorded.",
          [...base, "adoptedOn"],
        ),
      );
    if (pc.decision === undefined)
      out.push(
        issue(
          "corporate-parenting/protected-characteristic-decision",
          "error",
          "Adopted, but the decision that adopted it is not linked.",
          [...base, "decision"],
        ),
      );
    return out;
  },
};

/** Priorities are numbered 1, 2, 3... without gaps or repeats. */
export const prioritiesNumbered: Rule<Strategy> = {
  id: "corporate-parenting/priority-order",
  severity: "warning",
  description: "A strategy's priorities are numbered from 1 without gaps or repeats.",
  source: "Data integrity",
  check(s) {
    const orders = s.priorities.map((p) => p.order).sort((a, b) => a - b);
    return orders.every((o, i) => o === i + 1)
      ? []
      : [
          issue(
            "corporate-parenting/priority-order",
            "warning",
            "The priorities are not numbered 1 to n without gaps or repeats.",
            ["priorities"],
          ),
        ];
  },
};

/** The principles a strategy's priorities, commitments and pledge link to. */
export function principlesAddressed(s: Strategy): Set<Principle> {
  const out = new Set<Principle>(s.principles ?? []);
  for (const p of s.priorities) {
    for (const x of p.principles) out.add(x);
    for (const c of p.commitments ?? []) for (const x of c.principles) out.add(x);
  }
  for (const c of s.pledge?.commitments ?? []) for (const x of c.principles) out.add(x);
  return out;
}

/** Between them, the priorities and commitments address all seven principles. */
export const allPrinciplesAddressed: Rule<Strategy> = {
  id: "corporate-parenting/principles-covered",
  severity: "warning",
  description: "A corporate parenting strategy's priorities and commitments address all seven principles.",
  source:
    "Children and Social Work Act 2017 s1(1); Applying corporate parenting principles (DfE statutory guidance, February 2018)",
  check(s) {
    if (s.kind !== "corporate-parenting-strategy") return [];
    const addressed = principlesAddressed(s);
    const missing = CorporateParentingPrinciple.options.filter((p) => !addressed.has(p));
    return missing.length === 0
      ? []
      : [
          issue(
            "corporate-parenting/principles-covered",
            "warning",
            `No priority or commitment is linked to principle${missing.length > 1 ? "s" : ""} ${missing.map((p) => `(${paragraphOf(p)})`).join(", ")} of s1(1).`,
            ["priorities"],
          ),
        ];
  },
};

/** No action is past its due date without being completed or cancelled (judged on `asOf`). */
export const actionsNotOverdue: Rule<Strategy, RuleOptions> = {
  id: "corporate-parenting/action-overdue",
  severity: "warning",
  description: "An action past its due date is completed or cancelled.",
  source: "Strategy action plan",
  check(s, options) {
    const asOf = options?.asOf;
    if (asOf === undefined) return [];
    return s.priorities.flatMap((p, pi) =>
      (p.actions ?? []).flatMap((a, ai) =>
        a.due !== undefined && a.due < asOf && (a.status === "not-started" || a.status === "in-progress")
          ? [
              issue(
                "corporate-parenting/action-overdue",
                "warning",
                `Action "${a.id}" is past its due date and not completed.`,
                ["priorities", pi, "actions", ai, "due"],
              ),
            ]
          : [],
      ),
    );
  },
};

/** Every rule over a strategy. */
export const STRATEGY_RULES = [
  strategyPeriodInOrder,
  strategyApprovalRecorded,
  protectedCharacteristicDecisionRecorded,
  prioritiesNumbered,
  allPrinciplesAddressed,
  actionsNotOverdue,
] as const;

/** Validates a strategy: its shape (`corporate-parenting/schema/...`), then every rule. Never throws. */
export function validateStrategy(value: unknown, options: RuleOptions = {}): ValidationReport {
  const ran = STRATEGY_RULES.map((r) => r.id);
  const parsed = z.safeParse(Strategy, value);
  if (!parsed.success)
    return createReport(issuesFromZod(parsed.error.issues, { rulePrefix: "corporate-parenting/schema" }), {
      skipped: ran.map((rule) => ({ rule, reason: "The record's shape is invalid." })),
    });
  return createReport(runRules(STRATEGY_RULES, parsed.data, options), { ran });
}
