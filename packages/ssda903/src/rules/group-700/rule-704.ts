import { defineRule } from "../rule";

/**
 * 704: a deprivation of liberty order's end date must fall within the collection year (1 April to
 * 31 March). DfE SSDA903 validation rule 704 (DoLo.DOLO_END, from 2026-27).
 */
export const rule704 = defineRule({
  code: "704",
  from: "2026-27",
  tables: ["DoLo"],
  fields: ["DOLO_END"],
  severity: "error",
  message:
    "The deprivation of liberty order's end date is outside the collection year: correct the end date.",
  *check(ctx) {
    const rows = ctx.table("DoLo");
    for (let i = 0; i < rows.length; i++) {
      const end = ctx.date(rows[i]?.DOLO_END);
      if (end !== undefined && (end < ctx.collectionStart || end > ctx.collectionEnd)) {
        yield { table: "DoLo", row: i, field: "DOLO_END" };
      }
    }
  },
});
