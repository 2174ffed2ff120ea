import { describe, expect, it } from "vitest";
import * as z from "zod";
import { IsoDate } from "../dates/iso-date";
import { findPersonalDataLeaks } from "../personal-data/leaks";
import { personal } from "../personal-data/personal-data";
import { expectSchemaAgreement } from "../testing/schema-agreement";
import { describePlace, formatReport } from "./format-report";
import { type RecordRule, runRules } from "./record-rule";
import { issuesFromZod, validate } from "./validate";
import { ValidationIssue } from "./validation-issue";
import { createReport, mergeReports, ValidationReport } from "./validation-report";

const issue = (rule: string, severity: ValidationIssue["severity"], row: number): ValidationIssue => ({
  rule,
  severity,
  message: `Rule ${rule} is broken.`,
  path: ["DECOM"],
  location: { table: "Episodes", row, childId: `C${row}` },
});

describe("createReport", () => {
  it("counts by severity and by rule, most frequent first", () => {
    const report = createReport(
      [issue("103", "error", 0), issue("103", "error", 4), issue("1008", "query", 2)],
      {
        ran: ["103", "1008"],
        skipped: [{ rule: "392c", reason: "Needs postcode data." }],
      },
    );
    expect(report.ok).toBe(false);
    expect(report.counts).toEqual({ total: 3, error: 2, warning: 0, query: 1 });
    expect(report.byRule).toEqual([
      { rule: "103", severity: "error", count: 2 },
      { rule: "1008", severity: "query", count: 1 },
    ]);
    expect(ValidationReport.safeParse(report).success).toBe(true);
  });

  it("is ok with only queries and warnings", () => {
    expect(createReport([issue("1008", "query", 1)]).ok).toBe(true);
    expect(createReport([]).ok).toBe(true);
  });

  it("merges reports", () => {
    const merged = mergeReports([
      createReport([issue("103", "error", 0)], { ran: ["103"] }),
      createReport([issue("103", "error", 1)], { ran: ["103"] }),
    ]);
    expect(merged.counts.total).toBe(2);
    expect(merged.rulesRun).toEqual(["103"]);
  });
});

describe("formatReport", () => {
  it("renders a readable text report grouped by rule", () => {
    const report = createReport(
      [issue("103", "error", 0), issue("103", "error", 4), issue("1008", "query", 2)],
      {
        skipped: [{ rule: "392c", reason: "Needs postcode data." }],
      },
    );
    expect(formatReport(report)).toBe(
      [
        "Validation report: 2 errors, 1 query",
        "Rules skipped: 1",
        "",
        "ERROR 103 (2)  Rule 103 is broken.",
        "  Episodes record 1, child C0, field DECOM",
        "  Episodes record 5, child C4, field DECOM",
        "",
        "QUERY 1008 (1)  Rule 1008 is broken.",
        "  Episodes record 3, child C2, field DECOM",
        "",
        "Skipped:",
        "  392c: Needs postcode data.",
      ].join("\n"),
    );
  });

  it("summarises long groups and says when there is nothing", () => {
    const many = createReport(Array.from({ length: 8 }, (_, i) => issue("103", "error", i)));
    expect(formatReport(many, { examplesPerRule: 2 })).toContain("… and 6 more");
    expect(formatReport(createReport([]))).toBe("Validation report: no issues");
    expect(
      describePlace({
        rule: "x",
        severity: "error",
        message: "m",
        path: [],
        location: { file: "a.csv", line: 3, column: 2 },
      }),
    ).toBe("a.csv:3:2");
  });
});

describe("validate and issuesFromZod", () => {
  const Record_ = z.object({ childId: personal(z.string()), start: IsoDate, year: z.int() });

  it("turns Zod issues into located issues and never throws", () => {
    const report = validate(
      Record_,
      { childId: "C-555123", start: "2023-02-29", year: "x" },
      { rulePrefix: "demo", location: { file: "x.ndjson", line: 7 } },
    );
    expect(report.ok).toBe(false);
    expect(report.issues.map((i) => [i.rule, i.path.join(".")])).toEqual([
      ["demo/invalid_format", "start"],
      ["demo/invalid_type", "year"],
    ]);
    expect(report.issues[0]?.location).toEqual({ file: "x.ndjson", line: 7 });
    for (const v of [undefined, null, 1, "s", [], Symbol.iterator, () => 1])
      expect(() => validate(Record_, v)).not.toThrow();
  });

  it("uses a refinement's own rule id", () => {
    const S = z
      .string()
      .refine((s) => s.length > 3, { error: "Too short.", params: { rule: "demo/too-short" } });
    const r = S.safeParse("ab");
    expect(issuesFromZod(r.error?.issues ?? [])[0]?.rule).toBe("demo/too-short");
  });

  it("puts no personal value into its messages", () => {
    const value = { childId: "C-555123", start: "2023-02-29", year: "x" };
    expect(findPersonalDataLeaks(Record_, value, validate(Record_, value).issues)).toEqual([]);
  });

  it("ValidationIssue's JSON Schema agrees with Zod", () => {
    expectSchemaAgreement(ValidationIssue, {
      cases: [
        issue("103", "error", 0),
        { ...issue("103", "error", 0), severity: "fatal" },
        { rule: "", severity: "error", message: "m", path: [] },
        { ...issue("1", "query", -1) },
      ],
    });
  });
});

describe("runRules and rules that throw", () => {
  it("turns a rule that throws into one error issue with its message and runs the others", () => {
    const broken: RecordRule<{ n: number }> = {
      id: "test/broken",
      severity: "warning",
      description: "A rule with a defect.",
      source: "Test.",
      check: () => {
        throw new TypeError("boom");
      },
    };
    const fine: RecordRule<{ n: number }> = {
      id: "test/fine",
      severity: "query",
      description: "A rule that finds one thing.",
      source: "Test.",
      check: () => [{ rule: "test/fine", severity: "query", message: "Found.", path: [] }],
    };
    const issues = runRules([broken, fine], { n: 1 });
    expect(issues.map((i) => [i.rule, i.severity])).toEqual([
      ["test/broken", "error"],
      ["test/fine", "query"],
    ]);
    expect(issues[0]?.message).toContain("TypeError: boom");
  });
  it("makes a report with a failed rule not ok, even without error issues", () => {
    const report = createReport([], { ran: [], failed: [{ rule: "X", error: "Error: boom" }] });
    expect(report.ok).toBe(false);
    expect(report.rulesFailed).toEqual([{ rule: "X", error: "Error: boom" }]);
    expect(ValidationReport.safeParse(report).success).toBe(true);
  });
});
