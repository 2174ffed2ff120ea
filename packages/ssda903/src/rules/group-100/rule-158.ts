import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 158: when a child received an intervention for substance misuse (INTERVENTION_RECEIVED = 1), whether
 * one was offered is not asked and must be blank. DfE SSDA903 validation rule 158 (OC2).
 */
export const rule158 = defineRule({
  code: "158",
  tables: ["OC2"],
  fields: ["INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"],
  severity: "error",
  message:
    "The child received an intervention for substance misuse, so whether an intervention was offered should be left blank.",
  check: (ctx) =>
    flagRows(
      ctx,
      "OC2",
      "INTERVENTION_OFFERED",
      (row) => row.INTERVENTION_RECEIVED === "1" && row.INTERVENTION_OFFERED != null,
    ),
});
