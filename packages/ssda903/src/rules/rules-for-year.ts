import { type CollectionYear, compareCollectionYears } from "@childrens-social-care/core";
import { ALL_RULES } from "./all-rules";
import type { Rule } from "./rule";

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
