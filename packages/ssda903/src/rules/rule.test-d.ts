import { describe, it } from "vitest";
import { defineRule } from "./rule";

describe("an SSDA903 rule's types follow the table definitions", () => {
  it("accepts the columns of its tables, derived ones included", () => {
    defineRule({
      code: "T1",
      severity: "error",
      tables: ["Episodes", "Header"],
      fields: ["DECOM", "PL_DISTANCE", "UASC"],
      message: "A test rule.",
      *check(ctx) {
        const ep = ctx.table("Episodes")[0];
        if (ep?.DECOM && ep.PL_LA && ctx.table("Header")[0]?.UASC)
          yield { table: "Episodes", row: 0, field: "DECOM" };
      },
    });
  });

  it("does not compile a misspelt column, read or declared", () => {
    defineRule({
      code: "T2",
      severity: "error",
      tables: ["Episodes"],
      // @ts-expect-error DECOMM is not a column of Episodes
      fields: ["DECOMM"],
      message: "A test rule.",
      *check(ctx) {
        // @ts-expect-error DECOMM is not a column of Episodes
        if (ctx.table("Episodes")[0]?.DECOMM) yield { table: "Episodes", row: 0 };
      },
    });
  });

  it("does not compile a column of a table the rule does not read", () => {
    defineRule({
      code: "T3",
      severity: "error",
      tables: ["Header"],
      // @ts-expect-error DECOM is a column of Episodes, which this rule does not read
      fields: ["DECOM"],
      message: "A test rule.",
      check: () => [],
    });
  });
});
