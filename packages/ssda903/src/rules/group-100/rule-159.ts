import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 159: when a child has a substance misuse problem (SUBSTANCE_MISUSE = 1) and did not receive an
 * intervention (INTERVENTION_RECEIVED = 0), whether one was offered must be given.
 * DfE SSDA903 validation rule 159 (OC2).
 */
export const rule159 = defineRule({
  code: "159",
  tables: ["OC2"],
  fields: ["SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"],
  severity: "error",
  message:
    "The child has a substance misuse problem and did not receive an intervention, so say whether an intervention was offered.",
  check: (ctx) =>
    flagRows(
      ctx,
      "OC2",
      "INTERVENTION_OFFERED",
      (row) =>
        row.SUBSTANCE_MISUSE === "1" && row.INTERVENTION_RECEIVED === "0" && row.INTERVENTION_OFFERED == null,
    ),
});
