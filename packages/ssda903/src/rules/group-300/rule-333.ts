import { defineRule } from "../rule";

/**
 * 333: when a match date is given, the date the decision was made that the child should be placed
 * for adoption must be given too and be on or before the match date.
 * DfE SSDA903 validation rule 333 (AD1.DATE_INT, AD1.DATE_MATCH).
 */
export const rule333 = defineRule({
  code: "333",
  tables: ["AD1"],
  fields: ["DATE_INT"],
  severity: "error",
  message:
    "The date of the decision that the child should be placed for adoption is missing or later than the date of matching.",
  *check(ctx) {
    const rows = ctx.table("AD1");
    for (let i = 0; i < rows.length; i++) {
      const match = ctx.date(rows[i]?.DATE_MATCH);
      if (match === undefined) continue;
      const decided = ctx.date(rows[i]?.DATE_INT);
      if (decided === undefined || decided > match) yield { table: "AD1", row: i, field: "DATE_INT" };
    }
  },
});
