import { defineRule } from "../rule";
import { placedTooLong } from "./placement-limits";

/**
 * 379: a temporary placement for another reason (PLACE T4) cannot last more than seven days.
 * DfE SSDA903 validation rule 379 (Episodes.DECOM, Episodes.DEC, Episodes.PLACE).
 */
export const rule379 = defineRule({
  code: "379",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "PLACE"],
  severity: "error",
  message: "This temporary placement (T4) lasts more than seven days; check the dates or placement.",
  check: (ctx) => placedTooLong(ctx, "T4", 7),
});
