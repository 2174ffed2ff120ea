import { defineRule } from "../rule";
import { differs } from "../shared/cells";
import { episodeSequence } from "../shared/episode-sequence";

/**
 * 504: when an episode ends with REC X1 (the period of care carries on in a new episode) on the day the
 * next episode starts, the category of need must stay the same: it is set at the start of the period of
 * care. Blank on either side counts as different.
 * DfE SSDA903 validation rule 504 (Episodes: CIN).
 */
export const rule504 = defineRule({
  code: "504",
  tables: ["Episodes"],
  fields: ["CIN"],
  severity: "error",
  message:
    "The category of need changes within one period of care; it should stay as recorded at the start of the period of being looked after.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const { order, bounds, start, end } = episodeSequence(ctx);
    for (let c = 0; c + 1 < bounds.length; c++) {
      for (let k = (bounds[c] as number) + 1; k < (bounds[c + 1] as number); k++) {
        const row = order[k] as number;
        const before = order[k - 1] as number;
        const cur = episodes[row];
        const prev = episodes[before];
        // NaN (blank or invalid) never equals anything, so an unreadable end date never links.
        if (!cur || !prev || prev.REC !== "X1" || end[before] !== start[row]) continue;
        if (differs(cur.CIN, prev.CIN)) yield { table: "Episodes", row, field: "CIN" };
      }
    }
  },
});
