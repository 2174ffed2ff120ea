import { describe, expectTypeOf, it } from "vitest";
import type { EXAMPLE } from "../../test/example-return";
import { defineExampleRule } from "../../test/example-return";
import type { ReturnRow } from "../tables/define-return";

describe("defineRule's types", () => {
  it("derives row types from the table definitions, derived columns included", () => {
    expectTypeOf<ReturnRow<typeof EXAMPLE, "Child">>().toEqualTypeOf<{
      readonly ID?: string | null;
      readonly BORN?: string | null;
      readonly SEX?: string | null;
      readonly FLAG?: string | null;
    }>();
  });

  it("accepts fields and rows of the tables a rule reads", () => {
    defineExampleRule({
      code: "OK1",
      severity: "error",
      tables: ["Child", "Spell"],
      fields: ["SEX", "CODE", "FLAG"],
      message: "Fine.",
      messages: { first: "The first check.", second: "The second check." },
      *check(ctx) {
        const rows = ctx.table("Spell");
        for (let i = 0; i < rows.length; i++) {
          if (rows[i]?.CODE === "X") yield { table: "Spell", row: i, field: "CODE", check: "first" };
        }
        const born = ctx.dates("Child", "BORN");
        expectTypeOf(born).toEqualTypeOf<Float64Array>();
      },
    });
  });

  it("rejects a field that is not a column of the tables the rule reads", () => {
    defineExampleRule({
      code: "BAD1",
      severity: "error",
      tables: ["Child"],
      // @ts-expect-error CODE is a column of Spell, which this rule does not read
      fields: ["CODE"],
      message: "Bad.",
      check: () => [],
    });
  });

  it("rejects reading a column the table does not have", () => {
    defineExampleRule({
      code: "BAD2",
      severity: "error",
      tables: ["Child"],
      fields: ["SEX"],
      message: "Bad.",
      *check(ctx) {
        const row = ctx.table("Child")[0];
        // @ts-expect-error SEXX is not a column of Child
        if (row?.SEXX) yield { table: "Child", row: 0 };
      },
    });
  });

  it("rejects reading a table the rule did not declare, and flags on it", () => {
    defineExampleRule({
      code: "BAD3",
      severity: "error",
      tables: ["Child"],
      fields: ["SEX"],
      message: "Bad.",
      check(ctx) {
        // @ts-expect-error Spell is not among the rule's tables
        ctx.table("Spell");
        return [];
      },
    });
    defineExampleRule({
      code: "BAD3b",
      severity: "error",
      tables: ["Child"],
      fields: ["SEX"],
      message: "Bad.",
      // @ts-expect-error a flag may only name a table the rule reads
      check: () => [{ table: "Spell", row: 0 }],
    });
  });

  it("rejects a check key that is not one of the rule's messages", () => {
    defineExampleRule({
      code: "BAD4",
      severity: "error",
      tables: ["Child"],
      fields: ["SEX"],
      message: "Bad.",
      messages: { boy: "A boy." },
      // @ts-expect-error "girl" is not a key of messages
      check: () => [{ table: "Child", row: 0, check: "girl" }],
    });
  });

  it("lets a rule read an optional table, and last year's tables", () => {
    defineExampleRule({
      code: "OK2",
      severity: "query",
      tables: ["Child"],
      optionalTables: ["Spell"],
      fields: ["SEX", "START"],
      message: "Fine.",
      needs: ["registry"],
      *check(ctx) {
        ctx.table("Spell");
        ctx.previous?.table("Spell")[0]?.END;
        ctx.registry?.has("x");
        yield { table: "Spell", row: 0, field: "START" };
      },
    });
  });
});
