import { defineRule } from "../rule";
import { placedTooLong } from "./placement-limits";

/**
 * 375: a temporary placement coded as hospitalisation (PLACE T1) cannot last more than six weeks (42 days).
 * DfE SSDA903 validation rule 375 (Episodes.DECOM, Episodes.DEC, Episodes.PLACE).
 */
export const rule375 = defineRule({
  code: "375",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "PLACE"],
  severity: "error",
  message:
    "This temporary hospital placement (T1) lasts more than six weeks; record it as a placement of its own or check the dates.",
  check: (ctx) => placedTooLong(ctx, "T1", 42),
});
