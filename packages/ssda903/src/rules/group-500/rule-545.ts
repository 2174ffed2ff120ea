import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { continuouslyLookedAfter } from "../shared/continuously-looked-after";

/**
 * 545: a child under 5 at 31 March who has been looked after continuously for the whole year must
 * have health promotion information (HEALTH_CHECK, development assessments) completed.
 * DfE SSDA903 validation rule 545 (OC2: DOB, HEALTH_CHECK).
 */
export const rule545 = defineRule({
  code: "545",
  tables: ["OC2", "Episodes"],
  fields: ["DOB", "HEALTH_CHECK"],
  severity: "error",
  message:
    "This child was looked after for the whole year and is under 5 at 31 March, but the health check (development assessment) field is blank.",
  *check(ctx) {
    const looked = continuouslyLookedAfter(ctx);
    const rows = ctx.table("OC2");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (!r || !looked.has(r.CHILD ?? "")) continue;
      const dob = ctx.date(r.DOB);
      if (dob === undefined) continue;
      if (r.HEALTH_CHECK == null && ctx.collectionEnd < addYearsDay(dob, 5))
        yield { table: "OC2", row: i, field: "HEALTH_CHECK" };
    }
  },
});
