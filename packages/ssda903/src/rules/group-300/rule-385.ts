import { defineRule } from "../rule";

/**
 * 385: an episode cannot end after the end of the collection year.
 * DfE SSDA903 validation rule 385 (Episodes.DEC).
 */
export const rule385 = defineRule({
  code: "385",
  tables: ["Episodes"],
  fields: ["DEC"],
  severity: "error",
  message: "The episode ends after the end of the collection year; check the end date.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    const decDays = ctx.dates("Episodes", "DEC");
    for (let i = 0; i < rows.length; i++) {
      const end = decDays[i] as number;
      if (end > ctx.collectionEnd) yield { table: "Episodes", row: i, field: "DEC" };
    }
  },
});
