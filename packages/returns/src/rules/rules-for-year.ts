import { type CollectionYear, compareCollectionYears } from "@childrens-social-care/core";

/** What a year's rule set is selected by. */
interface InForce {
  readonly code: string;
  readonly from?: CollectionYear;
  readonly until?: CollectionYear;
}

/** True when the rule is in force in the collection year. */
export function isRuleInForce(rule: InForce, year: CollectionYear): boolean {
  if (rule.from && compareCollectionYears(year, rule.from) < 0) return false;
  if (rule.until && compareCollectionYears(year, rule.until) > 0) return false;
  return true;
}

/** The rules in force in a collection year, in the order given: a year's rule set is a query, never a copy. */
export function rulesForYear<T extends InForce>(year: CollectionYear, rules: readonly T[]): T[] {
  return rules.filter((r) => isRuleInForce(r, year));
}

/** Finds a rule by its code (e.g. `"103"`, `"SW08STG2"`). */
export function findRule<T extends InForce>(code: string, rules: readonly T[]): T | undefined {
  return rules.find((r) => r.code === code);
}
