import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** Placement types provider PR4 cannot offer (DfE SSDA903 PLACE and PLACE_PROVIDER code sets). */
const FORBIDDEN: ReadonlySet<string> = new Set(["P1"]);

/**
 * 530: placement provider PR4 cannot provide a placement with parents (P1).
 * DfE SSDA903 validation rule 530 (Episodes: PLACE, PLACE_PROVIDER).
 */
export const rule530 = defineRule({
  code: "530",
  tables: ["Episodes"],
  fields: ["PLACE", "PLACE_PROVIDER"],
  severity: "error",
  message:
    "A placement provided privately (PR4) cannot be a placement with parents (P1); check the placement type or provider.",
  check: (ctx) =>
    flagRows(
      ctx,
      "Episodes",
      "PLACE_PROVIDER",
      (r) => r.PLACE_PROVIDER === "PR4" && FORBIDDEN.has(r.PLACE ?? ""),
    ),
});
