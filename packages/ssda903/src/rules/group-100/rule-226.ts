import { defineRule } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

const TEMPORARY: ReadonlySet<string> = new Set(["T0", "T1", "T2", "T3", "T4"]);

/**
 * 226: a temporary placement (T0–T4) is not a change of placement, so neither it nor the episode just
 * before it (in start-date order, for the same child) may carry a reason for placement change.
 * DfE SSDA903 validation rule 226 (Episodes.REASON_PLACE_CHANGE, PLACE).
 */
export const rule226 = defineRule({
  code: "226",
  tables: ["Episodes"],
  fields: ["REASON_PLACE_CHANGE", "PLACE"],
  severity: "error",
  message:
    "A reason for placement change is given on a temporary placement (T0 to T4) or on the episode just before it; leave it blank.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    const { order, bounds } = episodeSequence(ctx);
    for (let c = 0; c + 1 < bounds.length; c++) {
      const first = bounds[c] as number;
      for (let k = first; k < (bounds[c + 1] as number); k++) {
        const i = order[k] as number;
        const row = rows[i];
        if (!row || !TEMPORARY.has(row.PLACE ?? "")) continue;
        const previous = k > first ? rows[order[k - 1] as number] : undefined;
        if (row.REASON_PLACE_CHANGE != null || previous?.REASON_PLACE_CHANGE != null) {
          yield { table: "Episodes", row: i, field: "REASON_PLACE_CHANGE" };
        }
      }
    }
  },
});
