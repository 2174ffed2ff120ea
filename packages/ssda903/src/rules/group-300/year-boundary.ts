import type { RawRow } from "../../tables/raw-return";
import type { RuleContext } from "../rule-context";
import { earliestRow } from "./episode-order";

/** A child's first episode this year paired with their last episode in last year's return. */
export interface YearBoundary {
  readonly row: number;
  readonly first: RawRow;
  readonly last: RawRow;
}

/**
 * For each child in both returns: their first episode this year and latest-starting episode last
 * year, when that episode was still open at last year's end and has the same reason for new episode
 * (so both records describe the same episode, carried over the year boundary).
 */
export function* carriedOverEpisodes(ctx: RuleContext): Iterable<YearBoundary> {
  const previous = ctx.previous;
  if (!previous?.has("Episodes")) return;
  const episodes = ctx.table("Episodes");
  const lastYear = previous.table("Episodes");
  const lastByChild = previous.rowsByChild("Episodes");
  for (const [child, rows] of ctx.rowsByChild("Episodes")) {
    const lastRows = lastByChild.get(child);
    if (!lastRows) continue;
    const row = earliestRow(ctx, "Episodes", rows);
    const lastRow = latestRowOf(ctx, lastYear, lastRows);
    if (row === undefined || lastRow === undefined) continue;
    const first = episodes[row] as RawRow;
    const last = lastYear[lastRow] as RawRow;
    if (ctx.date(last.DEC) !== undefined || first.RNE == null || first.RNE !== last.RNE) continue;
    yield { row, first, last };
  }
}

function latestRowOf(
  ctx: RuleContext,
  rows: readonly RawRow[],
  indexes: readonly number[],
): number | undefined {
  let best: number | undefined;
  let bestDay = Number.NEGATIVE_INFINITY;
  for (const i of indexes) {
    const day = ctx.date(rows[i]?.DECOM);
    if (day !== undefined && day > bestDay) {
      bestDay = day;
      best = i;
    }
  }
  return best;
}
