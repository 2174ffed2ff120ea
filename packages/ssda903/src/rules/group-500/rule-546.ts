import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { oc2CohortFlags } from "../shared/oc2-cohort-rows";

/**
 * 546: a child aged 5 or over at 31 March (looked after continuously for the year) should not have
 * health promotion information (HEALTH_CHECK) completed; it is collected for under-fives only.
 * DfE SSDA903 validation rule 546 (OC2: DOB, HEALTH_CHECK).
 */
export const rule546 = defineRule({
  code: "546",
  tables: ["OC2", "Episodes"],
  fields: ["DOB", "HEALTH_CHECK"],
  severity: "error",
  message:
    "The health check (development assessment) field is completed for a child aged 5 or over at 31 March; leave it blank.",
  check: (ctx) =>
    oc2CohortFlags(
      ctx,
      "HEALTH_CHECK",
      (row, dob) => row.HEALTH_CHECK != null && ctx.collectionEnd >= addYearsDay(dob, 5),
    ),
});
