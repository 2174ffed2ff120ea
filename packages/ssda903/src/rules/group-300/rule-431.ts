import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

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
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const { order, bounds } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes">[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) {
      for (let k = (bounds[c] as number) + 1; k < (bounds[c + 1] as number); k++) {
        const row = order[k] as number;
        if (episodes[row]?.RNE !== "S") continue;
        const start = ctx.date(episodes[row]?.DECOM);
        const previousEnd = ctx.date(episodes[order[k - 1] as number]?.DEC);
        if (start !== undefined && previousEnd !== undefined && start <= previousEnd) {
          flags.push({ table: "Episodes", row, field: "RNE" });
        }
      }
    }
    return flags;
  },
});
