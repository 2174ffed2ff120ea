import { describe, expect, it } from "vitest";
import { createRuleContext } from "./create-rule-context";
import { epochDayOf } from "./dmy-date";

describe("createRuleContext", () => {
  const ctx = createRuleContext({
    collectionYear: "2023-24",
    tables: {
      Episodes: [
        { CHILD: "A", DECOM: "29/02/2024" },
        { CHILD: "B", DECOM: "29/02/2023" },
        { CHILD: "A", DECOM: null },
        { CHILD: "C", DECOM: "1/4/2023" },
      ],
    },
  });

  it("gives a date column as epoch days by row in a Float64Array, blank or impossible dates NaN, built once", () => {
    const decom = ctx.dates("Episodes", "DECOM");
    expect(decom).toBeInstanceOf(Float64Array);
    expect([...decom]).toEqual([epochDayOf(2024, 2, 29), Number.NaN, Number.NaN, epochDayOf(2023, 4, 1)]);
    expect(ctx.dates("Episodes", "DECOM")).toBe(decom);
    expect([...ctx.dates("Episodes", "DEC")]).toEqual([Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
    expect(ctx.dates("Reviews", "REVIEW")).toHaveLength(0);
  });

  it("indexes rows by child in the order read, and knows the collection year's first and last day", () => {
    expect([...ctx.rowsByChild("Episodes")]).toEqual([
      ["A", [0, 2]],
      ["B", [1]],
      ["C", [3]],
    ]);
    expect(ctx.collectionStart).toBe(epochDayOf(2023, 4, 1));
    expect(ctx.collectionEnd).toBe(epochDayOf(2024, 3, 31));
  });
});
