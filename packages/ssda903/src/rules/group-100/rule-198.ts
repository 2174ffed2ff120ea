import { defineRule } from "../rule";
import { continuouslyLookedAfter } from "../shared/continuously-looked-after";
import { flagRows } from "../shared/flag-rows";

/**
 * 198: a reason for no SDQ score is only asked for children looked after continuously for the whole
 * year. DfE SSDA903 validation rule 198 (OC2.SDQ_REASON).
 */
export const rule198 = defineRule({
  code: "198",
  tables: ["OC2", "Episodes"],
  fields: ["SDQ_REASON"],
  severity: "error",
  message:
    "A reason for no SDQ score is given, but the episodes do not show the child looked after continuously for the whole year.",
  check(ctx) {
    const cla = continuouslyLookedAfter(ctx);
    return flagRows(ctx, "OC2", "SDQ_REASON", (row) => row.SDQ_REASON != null && !cla.has(row.CHILD ?? ""));
  },
});
