import type { Rule } from "../rules/rule";
import type { RuleContext } from "../rules/rule-context";
import { whySkipped } from "../validate/validate-return";

/**
 * True when the rule would be skipped on this context. The Python tool returns no flags when a table
 * it needs is missing, so a skipped rule is compared as "nothing flagged".
 */
export function validateReturnContextSkip(rule: Rule, ctx: RuleContext): boolean {
  return whySkipped(rule, ctx) !== undefined;
}
