import { defineRule } from "../rule";

/**
 * 1004: a missing or away-from-placement episode must have a start date that is a real `dd/mm/yyyy`
 * date; a blank start date fails too. DfE SSDA903 validation rule 1004 (Missing.MIS_START).
 */
export const rule1004 = defineRule({
  code: "1004",
  tables: ["Missing"],
  fields: ["MIS_START"],
  severity: "error",
  message:
    "The start date of the missing or away-from-placement episode is blank or not a real date in dd/mm/yyyy form.",
  *check(ctx) {
    const rows = ctx.table("Missing");
    for (let i = 0; i < rows.length; i++) {
      if (ctx.date(rows[i]?.MIS_START) === undefined) yield { table: "Missing", row: i, field: "MIS_START" };
    }
  },
});
