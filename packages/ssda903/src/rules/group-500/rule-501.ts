import { defineRule } from "../rule";
import { sortedByDate } from "./pandas-compare";

/**
 * 501: a child's episodes must not overlap: taken in order of start date, each episode must start on
 * or after the day the one before it ended. An episode starting on the previous one's end date is fine.
 * DfE SSDA903 validation rule 501 (Episodes: DECOM, DEC).
 */
export const rule501 = defineRule({
  code: "501",
  tables: ["Episodes"],
  fields: ["DECOM", "DEC"],
  severity: "error",
  message:
    "This episode starts before the child's previous episode ended; check the start date of this episode and the end date of the one before.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const decom = (i: number) => ctx.date(episodes[i]?.DECOM);
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      if (rows.length < 2) continue;
      const ordered = sortedByDate(rows, decom);
      for (let k = 1; k < ordered.length; k++) {
        const cur = ordered[k] as number;
        const start = decom(cur);
        const previousEnd = ctx.date(episodes[ordered[k - 1] as number]?.DEC);
        if (start !== undefined && previousEnd !== undefined && start < previousEnd) {
          yield { table: "Episodes", row: cur, field: "DECOM" };
        }
      }
    }
  },
});
