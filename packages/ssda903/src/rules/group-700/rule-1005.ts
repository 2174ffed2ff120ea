import { defineRule } from "../rule";

/**
 * 1005: when a missing or away-from-placement episode has an end date, it must be a real
 * `dd/mm/yyyy` date (a blank end date means the episode is still open and passes).
 * DfE SSDA903 validation rule 1005 (Missing.MIS_END).
 */
export const rule1005 = defineRule({
  code: "1005",
  tables: ["Missing"],
  fields: ["MIS_END"],
  severity: "error",
  message:
    "The end date of the missing or away-from-placement episode is not a real date in dd/mm/yyyy form.",
  *check(ctx) {
    const rows = ctx.table("Missing");
    for (let i = 0; i < rows.length; i++) {
      const end = rows[i]?.MIS_END;
      if (end != null && ctx.date(end) === undefined) yield { table: "Missing", row: i, field: "MIS_END" };
    }
  },
});
