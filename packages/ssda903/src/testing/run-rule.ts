// Test-only helpers for a rule's own test file.
import { describe, expect, it } from "vitest";
import { describeWithReference } from "../../../../scripts/reference-suite";
import { RULE_TEST_DEVIATIONS } from "../conformance/deviations";
import type { Rule } from "../rules/rule";
import { isRuleInForce } from "../rules/rules-for-year";
import { SSDA903_DATA } from "./reference-data";
import { casesOfRule, expectedOf, runCase } from "./rule-vectors";

export { type FlagsOfOptions, flagsOf, row } from "./flags-of";

/**
 * Registers one test per harvested Python test case of the rule, in every year folder where the rule
 * is in force: the rule must flag exactly the rows the Python tool flagged, except known deviations,
 * which must still differ.
 */
export function conformanceTests(rule: Rule): void {
  describeWithReference(CONFORMANCE_SUITE, [SSDA903_DATA], () => conformanceSuite(rule));
}

/** One title for every rule's guarded suite, so that a run without the data lists it as one skip. */
const CONFORMANCE_SUITE = "SSDA903 conformance: the Python validator's own rule tests";

function conformanceSuite(rule: Rule): void {
  const cases = casesOfRule(rule.code).filter((c) => isRuleInForce(rule, c.year));
  describe(`rule ${rule.code} agrees with the Python validator's own tests`, () => {
    it("has harvested cases, or is documented as having none", () => {
      expect(cases.length + (NO_VECTORS.has(rule.code) ? 1 : 0)).toBeGreaterThan(0);
    });
    for (const c of cases) {
      const deviation = RULE_TEST_DEVIATIONS.find(
        (d) => d.code === c.code && d.folder === c.folder && d.caseIndex === c.caseIndex,
      );
      it(`${c.folder} case ${c.caseIndex}${deviation ? " (known deviation)" : ""}`, () => {
        const got = runCase(rule, c);
        if (deviation) expect(got).not.toEqual(expectedOf(c));
        else expect(got).toEqual(expectedOf(c));
      });
    }
  });
}

/** Rules the Python project has no test for (so no harvested case); their own hand cases stand alone. */
export const NO_VECTORS: ReadonlySet<string> = new Set(["392c"]);
