import type { Ssda903Row } from "../../tables/raw-return";
import type { RuleContext } from "../rule-context";
import { episodeSummaries } from "./episode-summary";

/** A child whose last episode in last year's return was still open, with this year's first episode. */
export interface CarriedOverEpisode {
  /** Row of this year's first episode (earliest DECOM; the first such row when tied). */
  readonly row: number;
  readonly current: Ssda903Row<"Episodes">;
  /** Last year's latest episode (latest DECOM; the first such row when tied), which has no end date. */
  readonly previous: Ssda903Row<"Episodes">;
}

const cache = new WeakMap<object, readonly CarriedOverEpisode[]>();

/**
 * The children whose period of care runs over from last year: last year's latest episode has no readable
 * end date, so this year's first episode must carry on with the same details (DfE SSDA903 rules
 * 503A–503J and 452–453, which compare one field each). Found once per return and shared by those
 * rules; empty without last year's return.
 */
export function carriedOverEpisodes(ctx: RuleContext<"Episodes">): readonly CarriedOverEpisode[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out: CarriedOverEpisode[] = [];
  const last = ctx.previous;
  if (last) {
    const episodes = ctx.table("Episodes");
    const lastEpisodes = last.table("Episodes");
    const lastSummaries = episodeSummaries(ctx, "previous");
    for (const [child, now] of episodeSummaries(ctx, "current")) {
      const before = lastSummaries.get(child);
      if (now.firstRow < 0 || !before || before.latestStartRow < 0) continue;
      const previous = lastEpisodes[before.latestStartRow];
      const current = episodes[now.firstRow];
      if (!previous || !current || ctx.date(previous.DEC) !== undefined) continue;
      out.push({ row: now.firstRow, current, previous });
    }
  }
  cache.set(ctx, out);
  return out;
}
