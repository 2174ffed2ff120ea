import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 567: a missing period cannot end before it started (ending on the day it started is fine).
 * DfE SSDA903 validation rule 567 (Missing: MIS_START, MIS_END).
 */
export const rule567 = defineRule({
  code: "567",
  tables: ["Missing"],
  fields: ["MIS_START", "MIS_END"],
  severity: "error",
  message: "The missing period ends before it starts; check the start and end dates.",
  check: (ctx) =>
    flagRows(ctx, "Missing", "MIS_END", (r) => {
      const start = ctx.date(r.MIS_START);
      const end = ctx.date(r.MIS_END);
      return start !== undefined && end !== undefined && start > end;
    }),
});
