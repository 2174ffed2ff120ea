import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** Placement types provider PR1 cannot offer (DfE SSDA903 PLACE and PLACE_PROVIDER code sets). */
const FORBIDDEN: ReadonlySet<string> = new Set(["P1", "R2", "R5"]);

/**
 * 527: placement provider PR1 cannot provide a placement with parents (P1), NHS/health placements (R2) or a young offender institution (R5).
 * DfE SSDA903 validation rule 527 (Episodes: PLACE, PLACE_PROVIDER).
 */
export const rule527 = defineRule({
  code: "527",
  tables: ["Episodes"],
  fields: ["PLACE", "PLACE_PROVIDER"],
  severity: "error",
  message:
    "A placement by the council's own provision (PR1) cannot be a placement with parents (P1), R2 or R5; check the placement type or provider.",
  check: (ctx) =>
    flagRows(
      ctx,
      "Episodes",
      "PLACE_PROVIDER",
      (r) => r.PLACE_PROVIDER === "PR1" && FORBIDDEN.has(r.PLACE ?? ""),
    ),
});
