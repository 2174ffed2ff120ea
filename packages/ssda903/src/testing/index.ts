/**
 * The rule engine's inner parts, for tests, benchmarks and councils writing local rules: the rule
 * definer and types, the context builder, why a rule is skipped, every rule, and `flagsOf` to run one
 * rule on hand-written tables. Not part of the main entry, which validates whole returns.
 *
 * @packageDocumentation
 */
export { ALL_RULES } from "../rules/all-rules";
export { createRuleContext, type RuleContextInput } from "../rules/create-rule-context";
export { defineRule, type Rule, type RuleFlag, type RuleNeed, SSDA903_KIT } from "../rules/rule";
export type { RuleContext, Ssda903Extra, YearTables } from "../rules/rule-context";
export { findRule, isRuleInForce, rulesForYear } from "../rules/rules-for-year";
export { whySkipped } from "../validate/validate-return";
export { type FlagsOfOptions, flagsOf } from "./flags-of";
