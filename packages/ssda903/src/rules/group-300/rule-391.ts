import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 391: care leaver information (IN_TOUCH, ACTIV, ACCOM) is only returned for young people who were
 * 17 to 21 during the year; it must be blank for someone who had not turned 17 by 31 March.
 * DfE SSDA903 validation rule 391 (OC3.DOB, OC3.IN_TOUCH, OC3.ACTIV, OC3.ACCOM).
 */
export const rule391 = defineRule({
  code: "391",
  tables: ["OC3"],
  fields: ["DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
  severity: "error",
  message:
    "Care leaver details are given for a young person who had not turned 17 by the end of the year; leave them blank.",
  *check(ctx) {
    const rows = ctx.table("OC3");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const dob = ctx.date(r?.DOB);
      if (dob === undefined || addYearsDay(dob, 17) <= ctx.collectionEnd) continue;
      if (r?.IN_TOUCH != null || r?.ACTIV != null || r?.ACCOM != null)
        yield { table: "OC3", row: i, field: "DOB" };
    }
  },
});
