import { defineRule } from "../rule";
import { orderByDate } from "./episode-order";

/**
 * 431: an episode that starts a new period of care (RNE "S") cannot start on or before the day the
 * child's previous episode ended — that would be a continuation, not a new period of care.
 * DfE SSDA903 validation rule 431 (Episodes.RNE, Episodes.DECOM).
 */
export const rule431 = defineRule({
  code: "431",
  tables: ["Episodes"],
  fields: ["RNE", "DECOM"],
  severity: "error",
  message:
    "The episode is coded as starting a new period of care (S) but starts on or before the day the previous episode ended.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      const ordered = orderByDate(ctx, "Episodes", rows);
      for (let k = 1; k < ordered.length; k++) {
        const row = ordered[k] as number;
        if (episodes[row]?.RNE !== "S") continue;
        const start = ctx.date(episodes[row]?.DECOM);
        const previousEnd = ctx.date(episodes[ordered[k - 1] as number]?.DEC);
        if (start !== undefined && previousEnd !== undefined && start <= previousEnd) {
          yield { table: "Episodes", row, field: "RNE" };
        }
      }
    }
  },
});
