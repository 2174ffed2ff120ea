import type { CollectionYear } from "@childrens-social-care/core";
import { findRule as find, rulesForYear as forYear, isRuleInForce } from "@childrens-social-care/returns";
import { SSDA903 } from "../tables/ssda903-return";
import { ALL_RULES } from "./all-rules";
import type { Rule } from "./rule";

export { isRuleInForce };

/**
 * The collection years whose rule sets this package carries (the D2I rule sets lac2022_23 to
 * lac2026_27). A rule with no `from` also held before 2022-23, but the rule set of an earlier year
 * is not known to be complete here.
 */
export const SUPPORTED_COLLECTION_YEARS = SSDA903.years as readonly [
  "2022-23",
  "2023-24",
  "2024-25",
  "2025-26",
  "2026-27",
];

/** The rules in force in a collection year, in code order. */
export function rulesForYear(year: CollectionYear, rules: readonly Rule[] = ALL_RULES): Rule[] {
  return forYear(year, rules);
}

/** Finds a rule by its code (e.g. `"103"`, `"SW08STG2"`). */
export function findRule(code: string, rules: readonly Rule[] = ALL_RULES): Rule | undefined {
  return find(code, rules);
}
