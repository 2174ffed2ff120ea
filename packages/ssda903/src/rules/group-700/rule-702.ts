import { defineRule } from "../rule";

/**
 * 702: a deprivation of liberty order must end after the day it started (an order ending on its
 * start day is flagged too, as the DfE check compares "end on or before start"); orders with a
 * blank or invalid date are left to rules 700 and 701.
 * DfE SSDA903 validation rule 702 (DoLo.DOLO_START, DOLO_END, from 2026-27).
 */
export const rule702 = defineRule({
  code: "702",
  from: "2026-27",
  tables: ["DoLo"],
  fields: ["DOLO_START", "DOLO_END"],
  severity: "error",
  message:
    "The deprivation of liberty order ends on or before the day it started: correct the start or end date.",
  *check(ctx) {
    const rows = ctx.table("DoLo");
    for (let i = 0; i < rows.length; i++) {
      const start = ctx.date(rows[i]?.DOLO_START);
      const end = ctx.date(rows[i]?.DOLO_END);
      if (start !== undefined && end !== undefined && end <= start) yield { table: "DoLo", row: i };
    }
  },
});
