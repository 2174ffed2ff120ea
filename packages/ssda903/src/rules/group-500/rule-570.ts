import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 570: a missing period cannot start after the end of the collection year (31 March).
 * DfE SSDA903 validation rule 570 (Missing: MIS_START).
 */
export const rule570 = defineRule({
  code: "570",
  tables: ["Missing"],
  fields: ["MIS_START"],
  severity: "error",
  message: "The missing period starts after the end of the collection year; check the start date.",
  check: (ctx) =>
    flagRows(ctx, "Missing", "MIS_START", (r) => {
      const start = ctx.date(r.MIS_START);
      return start !== undefined && start > ctx.collectionEnd;
    }),
});
