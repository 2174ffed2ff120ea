import type { RuleContext } from "../rule-context";
import { sortedByDate } from "./pandas-compare";

/** One period of care: the first episode's start and the last episode's end (undefined: still open or unreadable). */
export interface PeriodOfCare {
  readonly start: number;
  readonly end: number | undefined;
}

const cache = new WeakMap<RuleContext, ReadonlyMap<string, readonly PeriodOfCare[]>>();

/**
 * Each child's periods of care, built from the episodes as the reference validator builds them for the
 * missing-episode rules (577, 578): episodes with a readable start date, in order of start date; a new
 * period begins when an episode starts after the previous episode's end date (an episode starting on the
 * day the last ended continues the period). The period ends where its last episode ends. Computed once
 * per return and shared.
 */
export function periodsOfCare(ctx: RuleContext): ReadonlyMap<string, readonly PeriodOfCare[]> {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const episodes = ctx.table("Episodes");
  const out = new Map<string, PeriodOfCare[]>();
  const decom = (i: number) => ctx.date(episodes[i]?.DECOM);
  for (const [child, rows] of ctx.rowsByChild("Episodes")) {
    // Unreadable start dates sort last, so the readable ones come first and the loop stops at the rest.
    const ordered = sortedByDate(rows, decom);
    const periods: PeriodOfCare[] = [];
    let start: number | undefined;
    let end: number | undefined;
    for (const i of ordered) {
      const s = decom(i);
      if (s === undefined) break;
      if (start === undefined) start = s;
      else if (end !== undefined && s > end) {
        periods.push({ start, end });
        start = s;
      }
      end = ctx.date(episodes[i]?.DEC);
    }
    if (start !== undefined) periods.push({ start, end });
    out.set(child, periods);
  }
  cache.set(ctx, out);
  return out;
}
