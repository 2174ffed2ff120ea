import type { RuleContext } from "../context/rule-context";
import type { ReturnRule, RuleKit } from "../rules/define-rule";
import type { ReturnDefinition, TableNameOf } from "../tables/define-return";

/**
 * Why a rule cannot run on this context, or `undefined` when it can: a table it needs was not sent,
 * or reference data it cannot decide without was not given. A skipped rule is never counted as passed.
 */
export function whySkipped<R extends ReturnDefinition, X, Need extends string>(
  kit: RuleKit<R, X, Need>,
  rule: ReturnRule<R, X, Need>,
  ctx: RuleContext<R, TableNameOf<R>, X>,
): string | undefined {
  for (const table of rule.tables) {
    if (!ctx.has(table)) return `the ${table} table is not in the return`;
  }
  for (const need of rule.needs) {
    const reason = kit.needs[need](ctx);
    if (reason) return reason;
  }
  return undefined;
}
