import type { RawRow } from "../../tables/raw-return";
import type { RuleContext, YearTables } from "../rule-context";

/** A child whose last episode in last year's return was still open, with this year's first episode. */
export interface CarriedOverEpisode {
  /** Row of this year's first episode (earliest DECOM; the first such row when tied). */
  readonly row: number;
  readonly current: RawRow;
  /** Last year's latest episode (latest DECOM; the first such row when tied), which has no end date. */
  readonly previous: RawRow;
}

/** The row of `rows` with the earliest (`latest` false) or latest readable DECOM, first on ties. */
function extremeByStart(
  ctx: RuleContext,
  table: readonly RawRow[],
  rows: readonly number[],
  latest: boolean,
): number | undefined {
  let best: number | undefined;
  let bestDay = 0;
  for (const i of rows) {
    const day = ctx.date(table[i]?.DECOM);
    if (day === undefined) continue;
    if (best === undefined || (latest ? day > bestDay : day < bestDay)) {
      best = i;
      bestDay = day;
    }
  }
  return best;
}

/**
 * The children whose period of care runs over from last year: last year's latest episode has no end date,
 * so this year's first episode must carry on with the same details (DfE SSDA903 rules 503A–503J, which
 * compare one field each). Yields nothing without last year's return.
 */
export function* carriedOverEpisodes(ctx: RuleContext): Generator<CarriedOverEpisode> {
  const last: YearTables | undefined = ctx.previous;
  if (!last) return;
  const episodes = ctx.table("Episodes");
  const lastEpisodes = last.table("Episodes");
  const lastByChild = last.rowsByChild("Episodes");
  for (const [child, rows] of ctx.rowsByChild("Episodes")) {
    const lastRows = lastByChild.get(child);
    if (!lastRows) continue;
    const first = extremeByStart(ctx, episodes, rows, false);
    const latest = extremeByStart(ctx, lastEpisodes, lastRows, true);
    if (first === undefined || latest === undefined) continue;
    const previous = lastEpisodes[latest];
    const current = episodes[first];
    if (!previous || !current || ctx.date(previous.DEC) !== undefined) continue;
    yield { row: first, current, previous };
  }
}

/** True when two cells hold different text; two blanks count as the same (compared as written). */
export function textDiffers(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? null) !== (b ?? null);
}
