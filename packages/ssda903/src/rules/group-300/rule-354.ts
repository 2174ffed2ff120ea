import { defineRule } from "../rule";

/**
 * 354: an episode cannot start after the end of the collection year.
 * DfE SSDA903 validation rule 354 (Episodes.DECOM).
 */
export const rule354 = defineRule({
  code: "354",
  tables: ["Episodes"],
  fields: ["DECOM"],
  severity: "error",
  message: "The episode starts after the end of the collection year; check the start date.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    const decomDays = ctx.dates("Episodes", "DECOM");
    for (let i = 0; i < rows.length; i++) {
      const start = decomDays[i] as number;
      if (start > ctx.collectionEnd) yield { table: "Episodes", row: i, field: "DECOM" };
    }
  },
});
