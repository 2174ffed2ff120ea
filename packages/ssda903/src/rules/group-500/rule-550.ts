import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 550: provider code PR0 (placed with parents or a person with parental responsibility) goes only
 * with placement type P1. A blank PLACE fails too.
 * DfE SSDA903 validation rule 550 (Episodes: PLACE, PLACE_PROVIDER).
 */
export const rule550 = defineRule({
  code: "550",
  tables: ["Episodes"],
  fields: ["PLACE", "PLACE_PROVIDER"],
  severity: "error",
  message:
    "Placement provider PR0 (parents) is only used with placement type P1; check the placement type or provider.",
  check: (ctx) =>
    flagRows(ctx, "Episodes", "PLACE_PROVIDER", (r) => r.PLACE_PROVIDER === "PR0" && r.PLACE !== "P1"),
});
