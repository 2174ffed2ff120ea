import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 565: a missing record with a start date must say whether the child was missing or away without
 * authorisation (MISSING).
 * DfE SSDA903 validation rule 565 (Missing: MISSING, MIS_START).
 */
export const rule565 = defineRule({
  code: "565",
  tables: ["Missing"],
  fields: ["MISSING", "MIS_START"],
  severity: "error",
  message:
    "A missing period has a start date but does not say whether the child was missing (M) or away without authorisation (A).",
  check: (ctx) => flagRows(ctx, "Missing", "MISSING", (r) => r.MIS_START != null && r.MISSING == null),
});
