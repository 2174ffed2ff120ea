import { defineRule } from "../rule";
import { placedTooLong } from "./placement-limits";

/**
 * 376: a temporary placement while the usual foster carer is on holiday (PLACE T3) cannot last more than three weeks (21 days).
 * DfE SSDA903 validation rule 376 (Episodes.DECOM, Episodes.DEC, Episodes.PLACE).
 */
export const rule376 = defineRule({
  code: "376",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "PLACE"],
  severity: "error",
  message:
    "This temporary placement for the foster carer's holiday (T3) lasts more than three weeks; check the dates or placement.",
  check: (ctx) => placedTooLong(ctx, "T3", 21),
});
