import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

/**
 * 388: reason episode ceased X1 ("episode ends, care continues") must be followed by an episode
 * starting the day this one ends; an episode followed by one starting on its end day must have X1;
 * and the child's last episode cannot end with X1. Episodes are taken in start-date order; one whose
 * start date is missing or invalid counts as the earliest.
 * DfE SSDA903 validation rule 388 (Episodes.REC).
 */
export const rule388 = defineRule({
  code: "388",
  tables: ["Episodes"],
  fields: ["REC"],
  severity: "error",
  message:
    "The reason the episode ceased does not agree with the next episode: X1 needs a new episode starting the same day, and only X1 may be followed by one.",
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const { order, bounds, start, end } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes">[] = [];
    const judge = (row: number, nextStart: number | undefined): void => {
      const ep = episodes[row];
      const ended = end[row] as number;
      if (Number.isNaN(ended)) return;
      if (nextStart === undefined) {
        if (ep?.REC === "X1") flags.push({ table: "Episodes", row, field: "REC" });
        return;
      }
      const continues = nextStart === ended;
      if (ep?.REC === "X1" ? !continues : ep?.REC != null && continues) {
        flags.push({ table: "Episodes", row, field: "REC" });
      }
    };
    const rows: number[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) {
      const lo = bounds[c] as number;
      const hi = bounds[c + 1] as number;
      // Episodes without a valid start count as the earliest here, then the rest in start order.
      let firstUnknown = lo;
      while (firstUnknown < hi && !Number.isNaN(start[order[firstUnknown] as number])) firstUnknown++;
      rows.length = 0;
      for (let k = firstUnknown; k < hi; k++) rows.push(order[k] as number);
      for (let k = lo; k < firstUnknown; k++) rows.push(order[k] as number);
      let last = -1;
      for (const row of rows) {
        if (episodes[row]?.CHILD == null) continue;
        if (last >= 0) judge(last, start[row] as number);
        last = row;
      }
      if (last >= 0) judge(last, undefined);
    }
    return flags;
  },
});
