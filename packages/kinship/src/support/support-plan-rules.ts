import { compareIsoDates, type ValidationIssue } from "@childrens-social-care/core";
import type { Rule, RuleOptions } from "../rule";
import type { SupportPlan } from "./support-plan";

const GUIDANCE =
  "Kinship care: statutory guidance for local authorities (DfE, October 2024): financial support agreed in writing with its level, duration and review mechanism";

/**
 * Financial support in an agreed plan is in writing and each periodic payment has a review date that has
 * not passed. One-off payments need no review.
 */
export const financialSupportAgreedAndReviewed: Rule<SupportPlan, RuleOptions> = {
  id: "kinship/financial-support-review",
  severity: "warning",
  description:
    "Agreed financial support is set out in writing and each periodic payment has a review date not yet passed.",
  source: `${GUIDANCE}; Special Guardianship Regulations 2005 reg 18`,
  check(plan, options) {
    if (plan.status === "draft" || plan.status === "ended" || plan.financialSupport.length === 0) return [];
    const issues: ValidationIssue[] = [];
    if (!plan.writtenAgreement)
      issues.push({
        rule: "kinship/financial-support-review",
        severity: "warning",
        message: "Financial support is agreed but not set out in a written agreement.",
        path: ["writtenAgreement"],
      });
    plan.financialSupport.forEach((payment, index) => {
      if (payment.frequency === "one-off") return;
      const path = ["financialSupport", index, "reviewOn"];
      if (payment.reviewOn === undefined)
        issues.push({
          rule: "kinship/financial-support-review",
          severity: "warning",
          message: "A periodic payment has no review date.",
          path,
        });
      else if (compareIsoDates(payment.reviewOn, payment.startsOn) < 0)
        issues.push({
          rule: "kinship/financial-support-review",
          severity: "warning",
          message: "A payment's review date is before it starts.",
          path,
        });
      else if (options?.asOf !== undefined && compareIsoDates(payment.reviewOn, options.asOf) < 0)
        issues.push({
          rule: "kinship/financial-support-review",
          severity: "warning",
          message: "A payment's review date has passed.",
          path,
        });
    });
    return issues;
  },
};
