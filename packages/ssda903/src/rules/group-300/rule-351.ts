import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 351: a child in the return cannot have been over 25 at the start of the collection year (the
 * reference validator flags a 25th birthday strictly before 1 April).
 * DfE SSDA903 validation rule 351 (Header.DOB).
 */
export const rule351 = defineRule({
  code: "351",
  tables: ["Header"],
  fields: ["DOB"],
  severity: "error",
  message: "The child was over 25 at the start of the collection year; check the date of birth.",
  *check(ctx) {
    const rows = ctx.table("Header");
    for (let i = 0; i < rows.length; i++) {
      const dob = ctx.date(rows[i]?.DOB);
      if (dob !== undefined && ctx.collectionStart > addYearsDay(dob, 25)) {
        yield { table: "Header", row: i, field: "DOB" };
      }
    }
  },
});
