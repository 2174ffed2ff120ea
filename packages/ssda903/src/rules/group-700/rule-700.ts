import { defineRule } from "../rule";

/**
 * 700: a deprivation of liberty order (DoLO) must have a start date that is a real `dd/mm/yyyy`
 * date; a blank one fails too. DfE SSDA903 validation rule 700 (DoLo.DOLO_START, from 2026-27).
 */
export const rule700 = defineRule({
  code: "700",
  from: "2026-27",
  tables: ["DoLo"],
  fields: ["DOLO_START"],
  severity: "error",
  message:
    "The start date of the deprivation of liberty order is blank or not a real date in dd/mm/yyyy form.",
  *check(ctx) {
    const rows = ctx.table("DoLo");
    for (let i = 0; i < rows.length; i++) {
      if (ctx.date(rows[i]?.DOLO_START) === undefined) yield { table: "DoLo", row: i, field: "DOLO_START" };
    }
  },
});
