import { defineRule } from "../rule";

/**
 * 708: a deprivation of liberty order must start after the child's date of birth (a start on the
 * day of birth is flagged too). DfE SSDA903 validation rule 708 (DoLo.DOLO_START against the DOB
 * the DoLo table carries, from 2026-27).
 */
export const rule708 = defineRule({
  code: "708",
  from: "2026-27",
  tables: ["DoLo"],
  fields: ["DOLO_START", "DOB"],
  severity: "error",
  message:
    "The deprivation of liberty order starts on or before the child's date of birth: correct the start date or the date of birth.",
  *check(ctx) {
    const rows = ctx.table("DoLo");
    for (let i = 0; i < rows.length; i++) {
      const start = ctx.date(rows[i]?.DOLO_START);
      const dob = ctx.date(rows[i]?.DOB);
      if (start !== undefined && dob !== undefined && start <= dob)
        yield { table: "DoLo", row: i, field: "DOLO_START" };
    }
  },
});
