import type { CollectionYear, ValidationIssue } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
import type { Ssda903Return } from "../tables/raw-return";
import { validateReturn } from "../validate/validate-return";
import { generateReturn, generateReturnPair } from "./generate-return";

const YEARS = [
  "2022-23",
  "2023-24",
  "2024-25",
  "2025-26",
  "2026-27",
] as const satisfies readonly CollectionYear[];
const SEEDS = [1, 11, 2026] as const;

/**
 * SW12STG2 as implemented flags every Episodes row with no end date that does not begin a period
 * of care (RNE not S): such a row counts as "ending care" (REC blank is not X1) but, having no DEC,
 * no social worker episode can start on or before its end. No return can pass that for a child
 * looked after at 31 March whose current episode is not the first of the period of care, so the
 * generator cannot avoid it; these rows, and only these, are tolerated until the rule is fixed
 * (the upstream test, lac2024_25/rule_SW12STG2.py, marks such an episode "Pass ... not a start or
 * end placement"). Any other flag from any rule fails the test.
 */
function unexplained(ret: Ssda903Return, issues: readonly ValidationIssue[]): ValidationIssue[] {
  const episodes = ret.tables.Episodes ?? [];
  return issues.filter((i) => {
    if (i.rule !== "SW12STG2" || i.location?.table !== "Episodes" || i.location.row === undefined)
      return true;
    const ep = episodes[i.location.row];
    return !(ep && ep["DEC"] == null && ep["RNE"] !== "S");
  });
}

const summary = (issues: readonly ValidationIssue[]) => {
  const counts: Record<string, number> = {};
  for (const i of issues) counts[i.rule] = (counts[i.rule] ?? 0) + 1;
  return counts;
};

describe("generated returns pass every rule of the package", () => {
  for (const collectionYear of YEARS) {
    for (const seed of SEEDS) {
      it(`${collectionYear}, seed ${seed}: alone and with last year's return`, () => {
        const options = { children: 1000, collectionYear, seed };
        const alone = generateReturn(options);
        expect(summary(unexplained(alone, validateReturn(alone, { collectionYear }).issues))).toEqual({});
        const { current, previous } = generateReturnPair(options);
        const issues = validateReturn(current, { collectionYear, previous }).issues;
        expect(summary(unexplained(current, issues))).toEqual({});
      });
    }
  }
});
