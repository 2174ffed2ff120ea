import { describe, expect, it } from "vitest";
import { EXAMPLE } from "../../test/example-return";
import { createRuleContext } from "./rule-context";

const tables = {
  Child: [
    { ID: "1", BORN: "2015-02-01", SEX: "F" },
    { ID: "2", BORN: "2015-02-30", SEX: "M" },
  ],
  Spell: [
    { ID: "2", START: "2024-05-01", END: null, CODE: "A" },
    { ID: "1", START: "2024-04-01", END: "2024-04-30", CODE: "B" },
    { ID: "2", START: "not a date", END: "2025-01-01", CODE: "C" },
  ],
};

describe("the rule context", () => {
  const ctx = createRuleContext(EXAMPLE, { collectionYear: "2024-25", tables }, {});

  it("parses each date column once into epoch days, NaN where blank or not a date", () => {
    const born = ctx.dates("Child", "BORN");
    expect(born[0]).toBe(Date.UTC(2015, 1, 1) / 86_400_000);
    expect(Number.isNaN(born[1])).toBe(true);
    expect(ctx.dates("Child", "BORN")).toBe(born);
    const end = ctx.dates("Spell", "END");
    expect(Number.isNaN(end[0])).toBe(true);
    expect(ctx.date("2024-04-01")).toBe(Date.UTC(2024, 3, 1) / 86_400_000);
    expect(ctx.date(null)).toBeUndefined();
    expect(ctx.date("01/04/2024")).toBeUndefined();
  });

  it("gives each child's rows, by id and by range", () => {
    expect(ctx.rowsByChild("Spell").get("2")).toEqual([0, 2]);
    expect([...ctx.rowsByChild("Spell").keys()]).toEqual(["2", "1"]);
    const r = ctx.ranges("Spell");
    const c = ctx.children.find("1");
    expect([...r.order.subarray(r.start[c], r.start[c + 1])]).toEqual([1]);
  });

  it("knows the collection year's first and last day, and which tables were sent", () => {
    expect(ctx.collectionStart).toBe(Date.UTC(2024, 3, 1) / 86_400_000);
    expect(ctx.collectionEnd).toBe(Date.UTC(2025, 2, 31) / 86_400_000);
    expect(ctx.has("Spell")).toBe(true);
    const partial = createRuleContext(EXAMPLE, { collectionYear: "2024-25", tables: { Child: [] } }, {});
    expect(partial.has("Spell")).toBe(false);
    expect(partial.table("Spell")).toEqual([]);
    expect(partial.previous).toBeUndefined();
  });
});
