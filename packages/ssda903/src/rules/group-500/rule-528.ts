import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** Placement types provider PR2 cannot offer (DfE SSDA903 PLACE and PLACE_PROVIDER code sets). */
const FORBIDDEN: ReadonlySet<string> = new Set(["P1", "R2", "R5"]);

/**
 * 528: placement provider PR2 cannot provide P1, R2 or R5 placements.
 * DfE SSDA903 validation rule 528 (Episodes: PLACE, PLACE_PROVIDER).
 */
export const rule528 = defineRule({
  code: "528",
  tables: ["Episodes"],
  fields: ["PLACE", "PLACE_PROVIDER"],
  severity: "error",
  message:
    "A placement provided by another council (PR2) cannot be P1, R2 or R5; check the placement type or provider.",
  check: (ctx) =>
    flagRows(
      ctx,
      "Episodes",
      "PLACE_PROVIDER",
      (r) => r.PLACE_PROVIDER === "PR2" && FORBIDDEN.has(r.PLACE ?? ""),
    ),
});
