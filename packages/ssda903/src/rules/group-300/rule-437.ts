import { defineRule } from "../rule";
import { orderByDate } from "./episode-order";

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
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      if (rows.length < 2) continue;
      const ordered = orderByDate(ctx, "Episodes", rows);
      for (let k = 0; k < ordered.length - 1; k++) {
        const row = ordered[k] as number;
        const ep = episodes[row];
        if (
          FINAL.has(ep?.REC?.toUpperCase() ?? "") &&
          ep?.CHILD != null &&
          ctx.date(ep.DECOM) !== undefined
        ) {
          yield { table: "Episodes", row, field: "REC" };
        }
      }
    }
  },
});
