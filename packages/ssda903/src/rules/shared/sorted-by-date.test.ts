import { describe, expect, it } from "vitest";
import { sortedByDate } from "./sorted-by-date";

describe("sortedByDate", () => {
  it("sorts rows by day with missing days last, keeping ties in the order read", () => {
    const days: Record<number, number | undefined> = { 0: 20, 1: undefined, 2: 10, 3: 20, 4: 5 };
    expect(sortedByDate([0, 1, 2, 3, 4], (r) => days[r])).toEqual([4, 2, 0, 3, 1]);
  });

  it("returns rows already in order as they are", () => {
    const rows = [2, 0, 1];
    const days: Record<number, number | undefined> = { 2: 1, 0: 1, 1: undefined };
    expect(sortedByDate(rows, (r) => days[r])).toBe(rows);
  });
});
