import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 566: a missing record with an end date must say whether the child was missing or away without
 * authorisation (MISSING).
 * DfE SSDA903 validation rule 566 (Missing: MISSING, MIS_END).
 */
export const rule566 = defineRule({
  code: "566",
  tables: ["Missing"],
  fields: ["MISSING", "MIS_END"],
  severity: "error",
  message:
    "A missing period has an end date but does not say whether the child was missing (M) or away without authorisation (A).",
  check: (ctx) => flagRows(ctx, "Missing", "MISSING", (r) => r.MIS_END != null && r.MISSING == null),
});
