import { defineRule } from "../rule";

/**
 * 102: every child's date of birth must be a real `dd/mm/yyyy` date; a blank one fails too.
 * DfE SSDA903 validation rules, rule 102 (Header.DOB).
 */
export const rule102 = defineRule({
  code: "102",
  tables: ["Header"],
  fields: ["DOB"],
  severity: "error",
  message: "The date of birth is missing or is not a real date in dd/mm/yyyy form.",
  *check(ctx) {
    const rows = ctx.table("Header");
    for (let i = 0; i < rows.length; i++) {
      if (ctx.date(rows[i]?.DOB) === undefined) yield { table: "Header", row: i, field: "DOB" };
    }
  },
});
