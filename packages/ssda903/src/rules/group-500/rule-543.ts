import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { oc2CohortFlags } from "../shared/oc2-cohort-rows";

/**
 * 543: a child aged 10 or over at 31 March who has been looked after continuously for the whole year
 * must have conviction information (CONVICTED) completed. "10 or over" is read as the reference
 * validator reads it: the 10th birthday falls before 31 March.
 * DfE SSDA903 validation rule 543 (OC2: DOB, CONVICTED).
 */
export const rule543 = defineRule({
  code: "543",
  tables: ["OC2", "Episodes"],
  fields: ["DOB", "CONVICTED"],
  severity: "error",
  message:
    "This child was looked after for the whole year and is 10 or over at 31 March, but conviction information is blank.",
  check: (ctx) =>
    oc2CohortFlags(
      ctx,
      "CONVICTED",
      (row, dob) => row.CONVICTED == null && ctx.collectionEnd > addYearsDay(dob, 10),
    ),
});
