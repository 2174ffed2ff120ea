import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/** Placement types provider PR3 cannot offer (DfE SSDA903 PLACE and PLACE_PROVIDER code sets). */
const FORBIDDEN: ReadonlySet<string> = new Set([
  "A3",
  "A4",
  "A5",
  "A6",
  "K1",
  "K2",
  "P1",
  "U1",
  "U2",
  "U3",
  "U4",
  "U5",
  "U6",
]);

/**
 * 529: placement provider PR3 cannot provide placements that only councils, private or voluntary bodies or parents provide: P1, A3–A6, K1, K2 and U1–U6.
 * DfE SSDA903 validation rule 529 (Episodes: PLACE, PLACE_PROVIDER).
 */
export const rule529 = defineRule({
  code: "529",
  tables: ["Episodes"],
  fields: ["PLACE", "PLACE_PROVIDER"],
  severity: "error",
  message:
    "A placement provided by another public body (PR3) cannot be P1, A3 to A6, K1, K2 or U1 to U6; check the placement type or provider.",
  check: (ctx) =>
    flagRows(
      ctx,
      "Episodes",
      "PLACE_PROVIDER",
      (r) => r.PLACE_PROVIDER === "PR3" && FORBIDDEN.has(r.PLACE ?? ""),
    ),
});
