import { expect, it } from "vitest";
import { describeWithReference } from "../../../../scripts/reference-suite";
import { readReferenceJson, SSDA903_DATA } from "../testing/reference-data";
import { VECTOR_YEARS } from "../testing/rule-vectors";
import { ALL_RULES } from "./all-rules";
import { isRuleInForce } from "./rules-for-year";

interface Registry {
  years: Record<string, { count: number; rules: Record<string, { tables: string[] }> }>;
}

describeWithReference("the rule list against the D2I rule registry", [SSDA903_DATA], () => {
  const registry = readReferenceJson<Registry>("derived/903_rule_registry_by_year.json");

  it("has each code once", () => {
    const codes = ALL_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("puts every rule in force in exactly the years the DfE rule set (as the D2I registry lists it) has it", () => {
    for (const rule of ALL_RULES) {
      const inRegistry = Object.entries(VECTOR_YEARS)
        .filter(([folder]) => registry.years[folder]?.rules[rule.code] !== undefined)
        .map(([, year]) => year);
      const inForce = Object.values(VECTOR_YEARS).filter((year) => isRuleInForce(rule, year));
      expect({ code: rule.code, years: inForce }).toEqual({ code: rule.code, years: inRegistry });
    }
  });

  it("implements every rule of the registry for 2022-23 to 2026-27", () => {
    const implemented = new Set(ALL_RULES.map((r) => r.code));
    const missing = Object.values(registry.years)
      .flatMap((year) => Object.keys(year.rules))
      .filter((code) => !implemented.has(code));
    expect([...new Set(missing)]).toEqual([]);
    expect(implemented.size).toBe(333);
  });

  it("gives every rule a message, fields and tables", () => {
    for (const rule of ALL_RULES) {
      expect(rule.message.length, rule.code).toBeGreaterThan(10);
      expect(rule.fields.length, rule.code).toBeGreaterThan(0);
    }
  });
});
