import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

/** Ceased: died (E2) or care ceased for another reason at 18 or over (E15). */
const FINAL = new Set(["E2", "E15"]);

/**
 * 437: an episode ending because the child died (E2) or for another reason at 18 or over (E15)
 * must be the child's last episode.
 * DfE SSDA903 validation rule 437 (Episodes.REC).
 */
export const rule437 = defineRule({
  code: "437",
  tables: ["Episodes"],
  fields: ["REC"],
  severity: "error",
  message: "The episode ended because the child died or reached 18 (E2/E15), but later episodes follow it.",
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const { order, bounds, start } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes">[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) {
      // Every episode but the child's last (in start order) must not be final.
      for (let k = bounds[c] as number; k < (bounds[c + 1] as number) - 1; k++) {
        const row = order[k] as number;
        const ep = episodes[row];
        if (FINAL.has(ep?.REC ?? "") && ep?.CHILD != null && !Number.isNaN(start[row])) {
          flags.push({ table: "Episodes", row, field: "REC" });
        }
      }
    }
    return flags;
  },
});
