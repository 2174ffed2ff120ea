/**
 * The DfE SSDA903 looked-after children return: read and write it as CSV or XML, and validate it
 * against every rule of the collection year.
 *
 * @packageDocumentation
 */

export { type Deviation, KNOWN_DEVIATIONS } from "./conformance/deviations";
export { ALL_RULES } from "./rules/all-rules";
export { createRuleContext, type RuleContextInput } from "./rules/create-rule-context";
export { addMonthsDay, addYearsDay, ageInYears, formatDmy, parseDmy } from "./rules/dmy-date";
export { defineRule, type Rule, type RuleFlag, type RuleNeed } from "./rules/rule";
export type { PostcodeInfo, ProviderInfo, RuleContext, YearTables } from "./rules/rule-context";
export { findRule, isRuleInForce, rulesForYear } from "./rules/rules-for-year";
export type { RawRow, ReturnTables, Ssda903Return, TableOrigin } from "./tables/raw-return";
export { TABLE_COLUMNS, type TableLayout } from "./tables/table-columns";
export { isTableName, TABLE_NAMES, type TableName } from "./tables/table-name";
export { type ValidateReturnOptions, validateReturn, whySkipped } from "./validate/validate-return";
