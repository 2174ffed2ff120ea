import { defineRule } from "../rule";
import { continuouslyLookedAfter } from "../shared/continuously-looked-after";
import { flagRows } from "../shared/flag-rows";

/**
 * 185: an SDQ score is only asked for children looked after continuously for the whole year.
 * DfE SSDA903 validation rule 185 (OC2.SDQ_SCORE).
 */
export const rule185 = defineRule({
  code: "185",
  tables: ["OC2", "Episodes"],
  fields: ["SDQ_SCORE"],
  severity: "error",
  message:
    "An SDQ score is given, but the episodes do not show the child looked after continuously for the whole year.",
  check(ctx) {
    const cla = continuouslyLookedAfter(ctx);
    return flagRows(ctx, "OC2", "SDQ_SCORE", (row) => row.SDQ_SCORE != null && !cla.has(row.CHILD ?? ""));
  },
});
