import { describe, expect, it } from "vitest";
import { deadline, deadlineIssues, deadlineStatus } from "./deadline";

const base = { id: "test/visit", label: "A visit", source: "Test Regulations reg 1" };

describe("deadlines", () => {
  it("are met on the due day, late the day after, due or overdue when unmet, unknown without a date", () => {
    expect(deadlineStatus("2026-01-10", "2026-01-10")).toBe("met");
    expect(deadlineStatus("2026-01-10", "2026-01-11")).toBe("met-late");
    expect(deadlineStatus("2026-01-10", undefined, "2026-01-10")).toBe("due");
    expect(deadlineStatus("2026-01-10", undefined, "2026-01-11")).toBe("overdue");
    expect(deadlineStatus("2026-01-10", undefined)).toBe("due");
    expect(deadlineStatus(null, "2026-01-01", "2030-01-01")).toBe("unknown");
  });

  it("builds a deadline without an undefined metOn", () => {
    expect(deadline({ ...base, dueBy: "2026-01-10", metOn: undefined }, "2026-01-20")).toEqual({
      ...base,
      dueBy: "2026-01-10",
      status: "overdue",
    });
  });

  it("reports missed deadlines by days late, naming no date", () => {
    const list = [
      deadline({ ...base, dueBy: "2026-01-10", metOn: "2026-01-13" }),
      deadline({ ...base, dueBy: "2026-02-10" }, "2026-02-11"),
      deadline({ ...base, dueBy: "2026-03-10", metOn: "2026-03-01" }),
      deadline({ ...base, dueBy: null }),
    ];
    const issues = deadlineIssues(list, { rule: "test/visits", severity: "warning", asOf: "2026-02-11" });
    expect(issues.map((i) => i.message)).toEqual([
      "A visit: held late by 3 days (Test Regulations reg 1).",
      "A visit: overdue by 1 day (Test Regulations reg 1).",
    ]);
    for (const i of issues) expect(i.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
