import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** Placement types provider PR5 cannot offer (DfE SSDA903 PLACE and PLACE_PROVIDER code sets). */
const FORBIDDEN: ReadonlySet<string> = new Set(["P1"]);

/**
 * 531: placement provider PR5 cannot provide a placement with parents (P1).
 * DfE SSDA903 validation rule 531 (Episodes: PLACE, PLACE_PROVIDER).
 */
export const rule531 = defineRule({
  code: "531",
  tables: ["Episodes"],
  fields: ["PLACE", "PLACE_PROVIDER"],
  severity: "error",
  message:
    "A placement provided by a voluntary or third-sector body (PR5) cannot be a placement with parents (P1); check the placement type or provider.",
  check: (ctx) =>
    flagRows(
      ctx,
      "Episodes",
      "PLACE_PROVIDER",
      (r) => r.PLACE_PROVIDER === "PR5" && FORBIDDEN.has(r.PLACE ?? ""),
    ),
});
