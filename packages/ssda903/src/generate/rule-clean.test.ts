import type { CollectionYear, ValidationIssue } from "@childrens-social-care/core";
import { describe, expect, it } from "vitest";
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
        expect(summary(validateReturn(alone, { collectionYear }).issues)).toEqual({});
        const { current, previous } = generateReturnPair(options);
        const issues = validateReturn(current, { collectionYear, previous }).issues;
        expect(summary(issues)).toEqual({});
      });
    }
  }
});
