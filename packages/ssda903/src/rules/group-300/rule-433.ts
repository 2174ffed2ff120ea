import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

/** Reasons for new episode that continue a period of care (P, L, T, U, B). */
const CONTINUATION = new Set(["P", "L", "T", "U", "B"]);

/**
 * 433: an episode that continues the period of care (RNE P, L, T, U or B) must start the day the
 * child's previous episode ended. Episodes are ordered by start and then end date.
 * DfE SSDA903 validation rule 433 (Episodes.RNE, Episodes.DECOM).
 */
export const rule433 = defineRule({
  code: "433",
  tables: ["Episodes"],
  fields: ["RNE", "DECOM"],
  severity: "error",
  message:
    "The episode is coded as continuing care, but it does not start on the day the previous episode ended.",
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const { order, bounds, start, end } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes">[] = [];
    const rows: number[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) {
      const lo = bounds[c] as number;
      const hi = bounds[c + 1] as number;
      if (hi - lo < 2) continue;
      rows.length = 0;
      for (let k = lo; k < hi; k++) {
        const row = order[k] as number;
        if (episodes[row]?.CHILD == null) continue;
        // Episodes starting the same day are ordered by end date (unknown last), keeping file order.
        let j = rows.length;
        rows.push(row);
        while (
          j > 0 &&
          sameStart(start, rows[j - 1] as number, row) &&
          endsBefore(end, row, rows[j - 1] as number)
        ) {
          rows[j] = rows[j - 1] as number;
          j--;
        }
        rows[j] = row;
      }
      for (let k = 1; k < rows.length; k++) {
        const row = rows[k] as number;
        const ep = episodes[row];
        if (!CONTINUATION.has(ep?.RNE ?? "")) continue;
        const previousEnd = episodes[rows[k - 1] as number]?.DEC;
        const startText = ep?.DECOM;
        if (
          previousEnd == null ||
          startText == null ||
          !sameDay(ctx.date(previousEnd), ctx.date(startText), previousEnd, startText)
        ) {
          flags.push({ table: "Episodes", row, field: "DECOM" });
        }
      }
    }
    return flags;
  },
});

/** Both rows start on the same known day, or both have no known start. */
function sameStart(start: Float64Array, a: number, b: number): boolean {
  const x = start[a] as number;
  const y = start[b] as number;
  return x === y || (Number.isNaN(x) && Number.isNaN(y));
}

/** Row `a` ends strictly before row `b` (an unknown end sorts last). */
function endsBefore(end: Float64Array, a: number, b: number): boolean {
  const x = end[a] as number;
  const y = end[b] as number;
  if (Number.isNaN(x)) return false;
  return Number.isNaN(y) || x < y;
}

/** Two cells name the same day: as dates when both are valid, otherwise as written. */
function sameDay(a: number | undefined, b: number | undefined, textA: string, textB: string): boolean {
  return a !== undefined && b !== undefined ? a === b : textA === textB;
}
