import type { RuleContext, YearTables } from "../rule-context";

/**
 * One child's episodes in one year's return, reduced to the rows several rules start from. Each "row" is
 * the first row (in the order read) holding the earliest or latest readable date, as the reference
 * validator picks rows with pandas `idxmin`/`idxmax`; -1 when the child has no readable date of that kind.
 */
export class EpisodeSummary {
  /** Row of the earliest readable start date (DECOM). */
  firstRow = -1;
  firstStart = 0;
  /** Row of the latest readable start date. */
  latestStartRow = -1;
  latestStart = 0;
  /** Row of the latest readable end date (DEC). */
  latestEndRow = -1;
  latestEnd = 0;
}

const cache = new WeakMap<
  RuleContext,
  { current?: Map<string, EpisodeSummary>; previous?: Map<string, EpisodeSummary> }
>();

/**
 * Every child's EpisodeSummary for this year's return (`"current"`) or last year's (`"previous"`; empty
 * when last year's return was not given), built in one pass over the Episodes table and shared by the
 * rules that need it, so that a 500,000-episode return is read once rather than once per rule.
 */
export function episodeSummaries(
  ctx: RuleContext,
  year: "current" | "previous",
): ReadonlyMap<string, EpisodeSummary> {
  let entry = cache.get(ctx);
  if (!entry) {
    entry = {};
    cache.set(ctx, entry);
  }
  const hit = entry[year];
  if (hit) return hit;
  const tables: YearTables | undefined = year === "current" ? ctx : ctx.previous;
  const out = new Map<string, EpisodeSummary>();
  const rows = tables?.table("Episodes") ?? [];
  // This year's date columns are shared with other rules; last year's are read once, here.
  const starts = year === "current" ? ctx.dates("Episodes", "DECOM") : rows.map((r) => ctx.date(r.DECOM));
  const ends = year === "current" ? ctx.dates("Episodes", "DEC") : rows.map((r) => ctx.date(r.DEC));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!r) continue;
    const child = r.CHILD ?? "";
    let s = out.get(child);
    if (!s) {
      s = new EpisodeSummary();
      out.set(child, s);
    }
    const start = starts[i];
    if (start !== undefined) {
      if (s.firstRow < 0 || start < s.firstStart) {
        s.firstRow = i;
        s.firstStart = start;
      }
      if (s.latestStartRow < 0 || start > s.latestStart) {
        s.latestStartRow = i;
        s.latestStart = start;
      }
    }
    const end = ends[i];
    if (end !== undefined && (s.latestEndRow < 0 || end > s.latestEnd)) {
      s.latestEndRow = i;
      s.latestEnd = end;
    }
  }
  entry[year] = out;
  return out;
}
