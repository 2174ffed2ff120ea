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
  object,
  { current?: Map<string, EpisodeSummary>; previous?: Map<string, EpisodeSummary> }
>();

/**
 * Every child's EpisodeSummary for this year's return (`"current"`) or last year's (`"previous"`; empty
 * when last year's return was not given), built in one pass over the Episodes table and shared by the
 * rules that need it, so that a 500,000-episode return is read once rather than once per rule.
 */
export function episodeSummaries(
  ctx: RuleContext<"Episodes">,
  year: "current" | "previous",
): ReadonlyMap<string, EpisodeSummary> {
  let entry = cache.get(ctx);
  if (!entry) {
    entry = {};
    cache.set(ctx, entry);
  }
  const hit = entry[year];
  if (hit) return hit;
  const tables: YearTables<"Episodes"> | undefined = year === "current" ? ctx : ctx.previous;
  const out = new Map<string, EpisodeSummary>();
  const rows = tables?.table("Episodes") ?? [];
  // Each year's date columns are parsed once and shared with other rules (NaN: blank or unreadable).
  const starts = tables?.dates("Episodes", "DECOM") ?? new Float64Array(0);
  const ends = tables?.dates("Episodes", "DEC") ?? new Float64Array(0);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!r) continue;
    const child = r.CHILD ?? "";
    let s = out.get(child);
    if (!s) {
      s = new EpisodeSummary();
      out.set(child, s);
    }
    const start = starts[i] as number;
    if (!Number.isNaN(start)) {
      if (s.firstRow < 0 || start < s.firstStart) {
        s.firstRow = i;
        s.firstStart = start;
      }
      if (s.latestStartRow < 0 || start > s.latestStart) {
        s.latestStartRow = i;
        s.latestStart = start;
      }
    }
    const end = ends[i] as number;
    if (!Number.isNaN(end) && (s.latestEndRow < 0 || end > s.latestEnd)) {
      s.latestEndRow = i;
      s.latestEnd = end;
    }
  }
  entry[year] = out;
  return out;
}
