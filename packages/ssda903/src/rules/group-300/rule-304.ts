import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 304: UASC status must cease on or before the child's 18th birthday.
 * DfE SSDA903 validation rule 304 (UASC.DUC, UASC.DOB).
 */
export const rule304 = defineRule({
  code: "304",
  tables: ["UASC"],
  fields: ["DUC"],
  severity: "error",
  message: "The date UASC status ceased is after the child's 18th birthday.",
  *check(ctx) {
    const rows = ctx.table("UASC");
    for (let i = 0; i < rows.length; i++) {
      const duc = ctx.date(rows[i]?.DUC);
      const dob = ctx.date(rows[i]?.DOB);
      if (duc !== undefined && dob !== undefined && duc > addYearsDay(dob, 18)) {
        yield { table: "UASC", row: i, field: "DUC" };
      }
    }
  },
});
