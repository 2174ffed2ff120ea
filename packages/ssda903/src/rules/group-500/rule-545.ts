import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { oc2CohortFlags } from "../shared/oc2-cohort-rows";

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
  check: (ctx) =>
    oc2CohortFlags(
      ctx,
      "HEALTH_CHECK",
      (row, dob) => row.HEALTH_CHECK == null && ctx.collectionEnd < addYearsDay(dob, 5),
    ),
});
