import type { RawRow } from "../../tables/raw-return";
import type { RuleContext } from "../rule-context";
import { episodeSequence } from "./episode-sequence";

/** A child's first episode this year paired with their last episode in last year's return. */
export interface YearBoundary {
  readonly row: number;
  readonly first: RawRow;
  readonly last: RawRow;
}

const cache = new WeakMap<RuleContext, readonly YearBoundary[]>();

/**
 * For each child in both returns: their first episode this year and latest-starting episode last
 * year, when that episode was still open at last year's end and has the same reason for new episode
 * (so both records describe the same episode, carried over the year boundary). Worked out once per
 * return and shared by the rules comparing the two (452, 453).
 */
export function carriedOverEpisodes(ctx: RuleContext): readonly YearBoundary[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const pairs: YearBoundary[] = [];
  const previous = ctx.previous;
  if (previous?.has("Episodes")) {
    const episodes = ctx.table("Episodes");
    const lastYear = previous.table("Episodes");
    const lastByChild = previous.rowsByChild("Episodes");
    const { order, bounds, start } = episodeSequence(ctx);
    for (let c = 0; c + 1 < bounds.length; c++) {
      const row = order[bounds[c] as number] as number;
      const first = episodes[row] as RawRow;
      if (Number.isNaN(start[row]) || first.RNE == null) continue;
      const lastRows = lastByChild.get(first.CHILD ?? "");
      if (!lastRows) continue;
      let last: RawRow | undefined;
      let lastDay = Number.NEGATIVE_INFINITY;
      for (const i of lastRows) {
        const day = ctx.date(lastYear[i]?.DECOM);
        if (day !== undefined && day > lastDay) {
          lastDay = day;
          last = lastYear[i];
        }
      }
      if (!last || ctx.date(last.DEC) !== undefined || first.RNE !== last.RNE) continue;
      pairs.push({ row, first, last });
    }
  }
  cache.set(ctx, pairs);
  return pairs;
}
