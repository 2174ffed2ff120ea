import { defineRule } from "../rule";

/**
 * 301: a child's date of birth cannot fall after the last day of the collection year.
 * DfE SSDA903 validation rule 301 (Header.DOB).
 */
export const rule301 = defineRule({
  code: "301",
  tables: ["Header"],
  fields: ["DOB"],
  severity: "error",
  message: "The date of birth is after the end of the collection year; correct the date of birth.",
  *check(ctx) {
    const rows = ctx.table("Header");
    for (let i = 0; i < rows.length; i++) {
      const dob = ctx.date(rows[i]?.DOB);
      if (dob !== undefined && dob > ctx.collectionEnd) yield { table: "Header", row: i, field: "DOB" };
    }
  },
});
