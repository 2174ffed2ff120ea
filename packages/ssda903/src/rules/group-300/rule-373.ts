import { defineRule } from "../rule";
import { placedTooYoung } from "./placement-limits";

/**
 * 373: a child placed in a school (PLACE S1) should be at least 4 when the episode starts.
 * DfE SSDA903 validation rule 373 (Episodes.DECOM, Episodes.PLACE, Header.DOB).
 */
export const rule373 = defineRule({
  code: "373",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "PLACE"],
  severity: "error",
  message: "The child was under 4 when placed in a school (S1); check the placement or dates.",
  check: (ctx) => placedTooYoung(ctx, "S1", 4),
});
