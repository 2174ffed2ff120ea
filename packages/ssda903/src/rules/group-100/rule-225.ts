import { defineRule } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

const TEMPORARY: ReadonlySet<string> = new Set(["T0", "T1", "T2", "T3", "T4"]);
const NEW_PLACEMENT: ReadonlySet<string> = new Set(["P", "B", "T", "U"]);

/**
 * 225: when an episode ends only because the placement changed (REC = X1) and the next episode of the
 * child starts a new placement (RNE P, B, T or U), the reason for the placement change must be given,
 * unless either placement is a temporary one (T0–T4). DfE SSDA903 validation rule 225
 * (Episodes.REASON_PLACE_CHANGE).
 */
export const rule225 = defineRule({
  code: "225",
  tables: ["Episodes"],
  fields: ["REASON_PLACE_CHANGE", "REC", "RNE", "PLACE"],
  severity: "error",
  message:
    "The placement changed at the end of this episode, so the reason for the placement change must be given.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    const { order, bounds } = episodeSequence(ctx);
    for (let c = 0; c + 1 < bounds.length; c++) {
      const last = (bounds[c + 1] as number) - 1;
      for (let k = bounds[c] as number; k < last; k++) {
        const i = order[k] as number;
        const row = rows[i];
        const next = rows[order[k + 1] as number];
        if (!row || !next) continue;
        if (
          row.REC === "X1" &&
          row.REASON_PLACE_CHANGE == null &&
          !TEMPORARY.has(row.PLACE ?? "") &&
          NEW_PLACEMENT.has(next.RNE ?? "") &&
          !TEMPORARY.has(next.PLACE ?? "")
        ) {
          yield { table: "Episodes", row: i, field: "REASON_PLACE_CHANGE" };
        }
      }
    }
  },
});
