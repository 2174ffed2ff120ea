import { describe, expect, it } from "vitest";
import { addMonths, addYears } from "../dates/iso-date";
import { recurringDeadlines } from "./recurring-deadlines";

const annual = (anchor: string) => ({
  id: "x/review",
  label: "Review",
  source: "X reg 1",
  dueBy: addYears(anchor, 1),
});
const summary = (list: ReturnType<typeof recurringDeadlines>) =>
  list.map((d) => [d.dueBy, d.metOn ?? null, d.status]);

describe("recurringDeadlines", () => {
  it("runs each interval from the day the one before was met, and stops at the first not met", () => {
    // From 1 Mar 2025: due 1 Mar 2026, met early on 27 Feb; next due 27 Feb 2027, met late on 2 Mar
    // 2027; next due 2 Mar 2028, not met, overdue on 10 Mar 2028.
    const list = recurringDeadlines({
      start: "2025-03-01",
      held: ["2027-03-02", "2026-02-27", "2026-02-27"],
      asOf: "2028-03-10",
      next: annual,
    });
    expect(summary(list)).toEqual([
      ["2026-03-01", "2026-02-27", "met"],
      ["2027-02-27", "2027-03-02", "met-late"],
      ["2028-03-02", null, "overdue"],
    ]);
  });

  it("numbers the deadlines so the intervals can differ, and counts the start day only when asked", () => {
    const next = (anchor: string, n: number) => ({
      ...annual(anchor),
      dueBy: addMonths(anchor, n === 0 ? 1 : 3),
    });
    // 31 Jan + 1 month = 29 Feb 2024 (clamped); met on the start day only with startDayCounts.
    expect(summary(recurringDeadlines({ start: "2024-01-31", held: ["2024-01-31"], next })).at(0)).toEqual([
      "2024-02-29",
      null,
      "due",
    ]);
    const counted = recurringDeadlines({
      start: "2024-01-31",
      held: ["2024-01-31"],
      next,
      startDayCounts: true,
    });
    // Met on 31 Jan; the second runs three months from it: 30 Apr 2024 (clamped).
    expect(summary(counted)).toEqual([
      ["2024-02-29", "2024-01-31", "met"],
      ["2024-04-30", null, "due"],
    ]);
  });

  it("ends with the duty: later dates do not count and nothing is overdue after it", () => {
    const ended = recurringDeadlines({
      start: "2025-03-01",
      held: ["2026-02-27", "2026-06-01"],
      ended: "2026-05-01",
      asOf: "2028-01-01",
      next: annual,
    });
    // Met 27 Feb 2026; the next (27 Feb 2027) falls after the end: the series stops there.
    expect(summary(ended)).toEqual([["2026-03-01", "2026-02-27", "met"]]);
    const unmet = recurringDeadlines({
      start: "2025-03-01",
      held: [],
      ended: "2026-04-01",
      asOf: "2028-01-01",
      next: annual,
    });
    // Due 1 Mar 2026 and not met before the duty ended on 1 Apr: overdue, judged on the day it ended.
    expect(summary(unmet)).toEqual([["2026-03-01", null, "overdue"]]);
  });
});
