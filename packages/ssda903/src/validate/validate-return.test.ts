import { describe, expect, it } from "vitest";
import { defineRule, type Rule } from "../rules/rule";
import { rulesForYear } from "../rules/rules-for-year";
import type { Ssda903Return } from "../tables/raw-return";
import { validateReturn } from "./validate-return";

const ret: Ssda903Return = {
  tables: {
    Header: [
      { CHILD: "A1", DOB: "01/02/2015" },
      { CHILD: "A2", DOB: "31/02/2015" },
    ],
  },
  origins: { Header: { file: "header.csv", lines: [2, 3] } },
};

describe("validateReturn", () => {
  it("reports the rule code, table, 0-based row, child, file and line of each flagged record", () => {
    const report = validateReturn(ret, { collectionYear: "2022-23", only: ["102"] });
    expect(report.rulesRun).toEqual(["102"]);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({
      rule: "102",
      severity: "error",
      path: ["DOB"],
      location: { table: "Header", row: 1, childId: "A2", file: "header.csv", line: 3 },
    });
    expect(report.issues[0]?.message).not.toContain("31/02/2015");
    expect(report.ok).toBe(false);
  });

  it("skips, never passes, a rule whose table or reference data is missing, saying why", () => {
    const needsProviders = defineRule({
      code: "T1",
      tables: ["Header"],
      fields: ["CHILD"],
      severity: "error",
      message: "Test rule that needs the provider lists.",
      needs: ["providers"],
      check: () => [{ table: "Header", row: 0 }],
    });
    const needsEpisodes = defineRule({
      code: "T2",
      tables: ["Episodes"],
      fields: ["URN"],
      severity: "error",
      message: "Test rule that needs the Episodes table.",
      check: () => [{ table: "Episodes", row: 0 }],
    });
    const report = validateReturn(ret, { collectionYear: "2022-23", rules: [needsProviders, needsEpisodes] });
    expect(report.rulesRun).toEqual([]);
    expect(report.rulesSkipped).toEqual([
      { rule: "T1", reason: "needs the Ofsted provider lists (providers)" },
      { rule: "T2", reason: "the Episodes table is not in the return" },
    ]);
    expect(report.issues).toEqual([]);
  });

  it("never throws when a rule is defective: the failure is an error in the report, and the others still report", () => {
    const broken = defineRule({
      code: "T3",
      tables: ["Header"],
      fields: ["DOB"],
      severity: "query",
      message: "A rule with a defect in it.",
      check: () => {
        throw new Error("boom");
      },
    });
    const report = validateReturn(ret, {
      collectionYear: "2022-23",
      rules: [broken, ...rulesForYear("2022-23").filter((r) => r.code === "102")],
    });
    expect(report.rulesFailed).toEqual([{ rule: "T3", error: "Error: boom" }]);
    expect(report.issues.find((i) => i.rule === "T3")?.message).toContain("Error: boom");
    expect(report.rulesRun).toEqual(["102"]);
    expect(report.ok).toBe(false);
  });

  it("only runs the rules in force in the year", () => {
    const later = defineRule({
      code: "T4",
      from: "2026-27",
      tables: ["Header"],
      fields: ["CHILD"],
      severity: "query",
      message: "A rule from 2026-27.",
      check: () => [],
    });
    expect(validateReturn(ret, { collectionYear: "2025-26", rules: [later] }).rulesRun).toEqual([]);
    expect(validateReturn(ret, { collectionYear: "2026-27", rules: [later] }).rulesRun).toEqual(["T4"]);
  });
});

describe("validateReturn with very many findings", () => {
  it("reports every finding of a rule that flags hundreds of thousands of records", () => {
    const Header = Array.from({ length: 200_000 }, (_, i) => ({ CHILD: String(i) }));
    const everyRow: Rule = defineRule({
      code: "T1",
      tables: ["Header"],
      fields: ["CHILD"],
      severity: "error",
      message: "Test rule that flags every Header record.",
      *check(ctx) {
        for (let row = 0; row < ctx.table("Header").length; row++) yield { table: "Header", row };
      },
    });
    const report = validateReturn({ tables: { Header } }, { collectionYear: "2023-24", rules: [everyRow] });
    expect(report.rulesRun).toEqual(["T1"]);
    expect(report.counts.total).toBe(200_000);
    expect(report.issues[199_999]?.location).toEqual({ table: "Header", row: 199_999, childId: "199999" });
  });
});
