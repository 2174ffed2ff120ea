import { defineRule } from "../rule";

/**
 * 701: when a deprivation of liberty order (DoLO) has an end date it must be a real `dd/mm/yyyy`
 * date; a blank end date (an order still in force) passes.
 * DfE SSDA903 validation rule 701 (DoLo.DOLO_END, from 2026-27).
 */
export const rule701 = defineRule({
  code: "701",
  from: "2026-27",
  tables: ["DoLo"],
  fields: ["DOLO_END"],
  severity: "error",
  message: "The end date of the deprivation of liberty order is not a real date in dd/mm/yyyy form.",
  *check(ctx) {
    const rows = ctx.table("DoLo");
    for (let i = 0; i < rows.length; i++) {
      const end = rows[i]?.DOLO_END;
      if (end != null && ctx.date(end) === undefined) yield { table: "DoLo", row: i, field: "DOLO_END" };
    }
  },
});
