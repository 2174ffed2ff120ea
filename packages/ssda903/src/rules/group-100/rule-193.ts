import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 193: when no substance misuse problem was identified (SUBSTANCE_MISUSE blank or 0), whether an
 * intervention was received or offered must both be blank. DfE SSDA903 validation rule 193 (OC2).
 */
export const rule193 = defineRule({
  code: "193",
  tables: ["OC2"],
  fields: ["SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"],
  severity: "error",
  message:
    "No substance misuse problem is recorded, so whether an intervention was received or offered should be left blank.",
  check: (ctx) =>
    flagRows(
      ctx,
      "OC2",
      "SUBSTANCE_MISUSE",
      (row) =>
        (row.SUBSTANCE_MISUSE == null || row.SUBSTANCE_MISUSE === "0") &&
        (row.INTERVENTION_RECEIVED != null || row.INTERVENTION_OFFERED != null),
    ),
});
