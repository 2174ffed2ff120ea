import { describe, expect, it } from "vitest";
import { addDays } from "../dates/iso-date";
import { deadline } from "./deadline";
import { deadlineRule } from "./deadline-rule";
import { datesWithin, judgedOn } from "./deadline-window";

// A toy timescale: one visit due within 7 days of `from`, its limit unverified when `unverified` is set.
interface Toy {
  readonly from: string;
  readonly visitedOn?: string;
  readonly unverified?: boolean;
  readonly endedOn?: string;
}
const toyDeadlines = (t: Toy, asOf: string | undefined) => [
  deadline(
    { id: "toy/visit", label: "Visit", dueBy: addDays(t.from, 7), metOn: t.visitedOn, source: "Toy reg 1" },
    judgedOn(asOf, t.endedOn),
  ),
];
const rule = deadlineRule<Toy>({
  id: "toy/visits",
  severity: "error",
  description: "Visited within a week.",
  source: "Toy reg 1",
  path: ["visitedOn"],
  deadlines: toyDeadlines,
  severityOf: (t) => (t.unverified ? "query" : "error"),
});

describe("deadlineRule", () => {
  it("reports a missed deadline in days, with the rule's id, path and severity", () => {
    // Due 8 Jan 2026 (1 Jan + 7); judged on 11 Jan: three days overdue.
    expect(rule.check({ from: "2026-01-01" }, { asOf: "2026-01-11" })).toEqual([
      {
        rule: "toy/visits",
        severity: "error",
        message: "Visit: overdue by 3 days (Toy reg 1).",
        path: ["visitedOn"],
      },
    ]);
    expect(rule.check({ from: "2026-01-01", visitedOn: "2026-01-09" })[0]?.message).toBe(
      "Visit: held late by 1 day (Toy reg 1).",
    );
    expect(rule).toMatchObject({ id: "toy/visits", severity: "error", source: "Toy reg 1" });
  });

  it("lowers the severity where severityOf says, and reports nothing met, due or without asOf", () => {
    expect(rule.check({ from: "2026-01-01", unverified: true }, { asOf: "2026-01-11" })[0]?.severity).toBe(
      "query",
    );
    expect(rule.check({ from: "2026-01-01", visitedOn: "2026-01-08" }, { asOf: "2026-02-01" })).toEqual([]);
    expect(rule.check({ from: "2026-01-01" }, { asOf: "2026-01-08" })).toEqual([]);
    expect(rule.check({ from: "2026-01-01" })).toEqual([]);
  });

  it("does not let a duty that ended become overdue afterwards", () => {
    // Ended 5 Jan, before the 8 Jan due date: still "due" on the day it ended, so nothing to report.
    expect(rule.check({ from: "2026-01-01", endedOn: "2026-01-05" }, { asOf: "2026-03-01" })).toEqual([]);
  });
});

describe("judgedOn and datesWithin", () => {
  it("judges on the earlier of the day asked and the day the duty ended", () => {
    expect(judgedOn("2026-12-04", "2026-06-30")).toBe("2026-06-30");
    expect(judgedOn("2026-06-01", "2026-06-30")).toBe("2026-06-01");
    expect(judgedOn("2026-12-04", undefined)).toBe("2026-12-04");
    expect(judgedOn(undefined, "2026-06-30")).toBe("2026-06-30");
    expect(judgedOn(undefined, undefined)).toBeUndefined();
  });

  it("keeps the dates in the period, inclusive, sorted and once each", () => {
    const dates = ["2026-03-01", "2026-01-01", "2026-02-01", "2026-02-01", "2025-12-31"];
    expect(datesWithin(dates, "2026-01-01", "2026-02-01")).toEqual(["2026-01-01", "2026-02-01"]);
    expect(datesWithin(dates, "2026-01-01", undefined)).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
  });
});
