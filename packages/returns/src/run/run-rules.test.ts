import { describe, expect, it } from "vitest";
import { defineExampleRule, EXAMPLE, EXAMPLE_KIT, type ExampleExtra } from "../../test/example-return";

const NONE: ExampleExtra = {};

import { createRuleContext } from "../context/rule-context";
import { rulesForYear } from "../rules/rules-for-year";
import { runRules } from "./run-rules";

const tables = {
  Child: [
    { ID: "c1", BORN: "2015-02-01", SEX: "F" },
    { ID: "c2", BORN: "2016-02-01", SEX: "X" },
  ],
  Spell: [{ ID: "c2", START: "2024-05-01", END: null, CODE: "Z" }],
};

const sexCode = defineExampleRule({
  code: "T1",
  severity: "error",
  tables: ["Child"],
  fields: ["SEX"],
  message: "Sex is not a valid code.",
  messages: { blank: "Sex is missing.", unknown: "Sex is not M or F." },
  *check(ctx) {
    const rows = ctx.table("Child");
    for (let i = 0; i < rows.length; i++) {
      const sex = rows[i]?.SEX;
      if (sex == null) yield { table: "Child", row: i, field: "SEX", check: "blank" };
      else if (sex !== "M" && sex !== "F") yield { table: "Child", row: i, field: "SEX", check: "unknown" };
    }
  },
});

const broken = defineExampleRule({
  code: "T2",
  severity: "query",
  tables: ["Spell"],
  fields: ["CODE"],
  message: "A rule with a defect.",
  *check() {
    yield { table: "Spell", row: 0 };
    throw new RangeError("index out of range");
  },
});

const needsRegistry = defineExampleRule({
  code: "T3",
  severity: "error",
  tables: ["Child"],
  fields: ["ID"],
  message: "Needs the registry.",
  needs: ["registry"],
  check: () => [],
});

const later = defineExampleRule({
  code: "T4",
  from: "2025-26",
  severity: "error",
  tables: ["Child"],
  fields: ["ID"],
  message: "From 2025-26.",
  check: () => [{ table: "Child", row: 0 }],
});

describe("runRules", () => {
  const ctx = createRuleContext(EXAMPLE, { collectionYear: "2024-25", tables }, NONE);
  const progress: string[] = [];
  const report = runRules(EXAMPLE_KIT, ctx, [sexCode, broken, needsRegistry], {
    origins: { Child: { file: "child.csv", lines: [2, 3] } },
    onProgress: (done, total, code) => progress.push(`${done}/${total} ${code}`),
  });

  it("says which check of a multi-check rule fired, with its own message and the record's place", () => {
    const issue = report.issues.find((i) => i.rule === "T1");
    expect(issue).toEqual({
      rule: "T1",
      severity: "error",
      message: "Sex is not M or F.",
      check: "unknown",
      path: ["SEX"],
      location: { table: "Child", row: 1, childId: "c2", file: "child.csv", line: 3 },
    });
  });

  it("reports a rule that throws as an error with the exception's message, drops its findings, and is not ok", () => {
    expect(report.rulesFailed).toEqual([{ rule: "T2", error: "RangeError: index out of range" }]);
    const failure = report.issues.filter((i) => i.rule === "T2");
    expect(failure).toHaveLength(1);
    expect(failure[0]?.severity).toBe("error");
    expect(failure[0]?.message).toContain("RangeError: index out of range");
    expect(failure[0]?.location).toBeUndefined();
    expect(report.ok).toBe(false);
    expect(report.rulesRun).toEqual(["T1"]);
  });

  it("skips, never passes, a rule whose reference data is missing, saying why; and reports progress", () => {
    expect(report.rulesSkipped).toEqual([{ rule: "T3", reason: "needs the registry" }]);
    expect(progress).toEqual(["1/3 T1", "2/3 T2", "3/3 T3"]);
    const withRegistry = createRuleContext(
      EXAMPLE,
      { collectionYear: "2024-25", tables },
      { registry: new Set(["x"]) },
    );
    expect(runRules(EXAMPLE_KIT, withRegistry, [needsRegistry]).rulesRun).toEqual(["T3"]);
  });

  it("skips a rule whose table was not sent", () => {
    const noSpell = createRuleContext(EXAMPLE, { collectionYear: "2024-25", tables: { Child: [] } }, NONE);
    expect(runRules(EXAMPLE_KIT, noSpell, [broken]).rulesSkipped).toEqual([
      { rule: "T2", reason: "the Spell table is not in the return" },
    ]);
  });

  it("selects a year's rules from their years in force, and gives every rule a source", () => {
    expect(rulesForYear("2024-25", [sexCode, later]).map((r) => r.code)).toEqual(["T1"]);
    expect(rulesForYear("2025-26", [sexCode, later]).map((r) => r.code)).toEqual(["T1", "T4"]);
    expect(later.source).toEqual({
      title: "Example guidance",
      url: "https://example.org/guidance",
      ref: "rule T4",
    });
  });
});
