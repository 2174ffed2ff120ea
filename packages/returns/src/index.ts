/**
 * What every DfE statutory return shares (the SSDA903 return, the CIN census): table definitions from
 * which row types are derived, rules that say their code, years, severity, source and one message per
 * failure, the read-only rule context prepared once (rows by child as index ranges, date columns
 * parsed once), the runner and the report (core's `ValidationReport`).
 *
 * @packageDocumentation
 */
export { ChildNumbers, type ChildRanges, childRanges, groupByChild } from "./context/child-index";
export { createRuleContext, type RuleContext, type RuleContextInput } from "./context/rule-context";
export { dateColumn, type YearTables, yearTables } from "./context/year-tables";
export {
  type FieldOf,
  type ReturnRule,
  type RuleFlag,
  type RuleKit,
  type RuleSpec,
  ruleDefiner,
} from "./rules/define-rule";
export type { RuleSource } from "./rules/rule-source";
export { findRule, isRuleInForce, rulesForYear } from "./rules/rules-for-year";
export { type RunRulesOptions, runRules, type TableOrigin } from "./run/run-rules";
export { whySkipped } from "./run/why-skipped";
export {
  defineReturn,
  type ReturnDefinition,
  type ReturnRow,
  type ReturnTables,
  type TableMap,
  type TableNameOf,
  type TableOf,
} from "./tables/define-return";
export {
  type Cell,
  type ColumnOf,
  defineTable,
  type RowOf,
  type TableDefinition,
  type TableSpec,
} from "./tables/define-table";
