import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 571: a missing period's end date must fall within the collection year (1 April to 31 March).
 * DfE SSDA903 validation rule 571 (Missing: MIS_END).
 */
export const rule571 = defineRule({
  code: "571",
  tables: ["Missing"],
  fields: ["MIS_END"],
  severity: "error",
  message: "The missing period's end date is outside the collection year; check the end date.",
  check: (ctx) =>
    flagRows(ctx, "Missing", "MIS_END", (r) => {
      const end = ctx.date(r.MIS_END);
      return end !== undefined && (end < ctx.collectionStart || end > ctx.collectionEnd);
    }),
});
