import { defineRule } from "../rule";

/**
 * 356: an episode cannot end before it starts.
 * DfE SSDA903 validation rule 356 (Episodes.DECOM, Episodes.DEC).
 */
export const rule356 = defineRule({
  code: "356",
  tables: ["Episodes"],
  fields: ["DECOM"],
  severity: "error",
  message: "The episode ends before it starts; check the start and end dates.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    const decomDays = ctx.dates("Episodes", "DECOM");
    const decDays = ctx.dates("Episodes", "DEC");
    for (let i = 0; i < rows.length; i++) {
      const start = decomDays[i] as number;
      const end = decDays[i] as number;
      // A blank or unreadable date is NaN: the comparison is false, as for a missing date.
      if (end < start) yield { table: "Episodes", row: i, field: "DECOM" };
    }
  },
});
