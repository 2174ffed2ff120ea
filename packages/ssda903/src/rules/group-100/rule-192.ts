import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 192: when a child has a substance misuse problem (SUBSTANCE_MISUSE = 1), whether they received an
 * intervention must be given. DfE SSDA903 validation rule 192 (OC2).
 */
export const rule192 = defineRule({
  code: "192",
  tables: ["OC2"],
  fields: ["SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED"],
  severity: "error",
  message: "The child has a substance misuse problem, so say whether they received an intervention for it.",
  check: (ctx) =>
    flagRows(
      ctx,
      "OC2",
      "INTERVENTION_RECEIVED",
      (row) => row.SUBSTANCE_MISUSE === "1" && row.INTERVENTION_RECEIVED == null,
    ),
});
