import { type CollectionYear, compareCollectionYears } from "@childrens-social-care/core";
import { ALL_RULES } from "./all-rules";
import type { Rule } from "./rule";

/**
 * The collection years whose rule sets this package carries (the D2I rule sets lac2022_23 to
 * lac2026_27). A rule with no `from` also held before 2022-23, but the rule set of an earlier year
 * is not known to be complete here.
 */
export const SUPPORTED_COLLECTION_YEARS = ["2022-23", "2023-24", "2024-25", "2025-26", "2026-27"] as const;

/** True when the rule is in force in the collection year. */
export function isRuleInForce(rule: Rule, year: CollectionYear): boolean {
  if (rule.from && compareCollectionYears(year, rule.from) < 0) return false;
  if (rule.until && compareCollectionYears(year, rule.until) > 0) return false;
  return true;
}

/** The rules in force in a collection year, in code order. */
export function rulesForYear(year: CollectionYear, rules: readonly Rule[] = ALL_RULES): Rule[] {
  return rules.filter((r) => isRuleInForce(r, year));
}

/** Finds a rule by its code (e.g. `"103"`, `"SW08STG2"`). */
export function findRule(code: string, rules: readonly Rule[] = ALL_RULES): Rule | undefined {
  return rules.find((r) => r.code === code);
}
