import { describe, expect, it } from "vitest";
import type { ReturnTables } from "../../tables/raw-return";
import { createRuleContext } from "../create-rule-context";
import { epochDayOf } from "../dmy-date";
import { periodsOfCare } from "./periods-of-care";

const day = (d: number, m: number, y: number) => epochDayOf(y, m, d);

describe("periods of care", () => {
  it("joins episodes that start on the day the last ended, splits on a gap, and keeps an open end open", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/03/2024", DEC: "10/03/2024" },
      { CHILD: "1", DECOM: "28/02/2024", DEC: "29/02/2024" },
      { CHILD: "1", DECOM: "29/02/2024", DEC: "01/03/2024" },
      { CHILD: "1", DECOM: "11/03/2024", DEC: null },
      { CHILD: "2", DECOM: "not a date", DEC: "01/01/2024" },
    ];
    const ctx = createRuleContext({ collectionYear: "2023-24", tables: { Episodes } as ReturnTables });
    const periods = periodsOfCare(ctx);
    expect(periods.get("1")).toEqual([
      { start: day(28, 2, 2024), end: day(10, 3, 2024) },
      { start: day(11, 3, 2024), end: undefined },
    ]);
    expect(periods.get("2")).toEqual([]);
    expect(periodsOfCare(ctx)).toBe(periods);
  });
});
