import { defineRule } from "../rule";
import { placedTooYoung } from "./placement-limits";

/**
 * 374: a child in residential employment (PLACE P3) should be at least 14 when the episode starts.
 * DfE SSDA903 validation rule 374 (Episodes.DECOM, Episodes.PLACE, Header.DOB).
 */
export const rule374 = defineRule({
  code: "374",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "PLACE"],
  severity: "error",
  message: "The child was under 14 when placed in residential employment (P3); check the placement or dates.",
  check: (ctx) => placedTooYoung(ctx, "P3", 14),
});
