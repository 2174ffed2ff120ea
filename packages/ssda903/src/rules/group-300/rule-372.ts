import { defineRule } from "../rule";
import { placedTooYoung } from "./placement-limits";

/**
 * 372: a child placed in youth custody or prison (PLACE R5) should be at least 10 when the episode starts (the age of criminal responsibility).
 * DfE SSDA903 validation rule 372 (Episodes.DECOM, Episodes.PLACE, Header.DOB).
 */
export const rule372 = defineRule({
  code: "372",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "PLACE"],
  severity: "error",
  message:
    "The child was under 10 when placed in youth custody or prison (R5); check the placement or dates.",
  check: (ctx) => placedTooYoung(ctx, "R5", 10),
});
