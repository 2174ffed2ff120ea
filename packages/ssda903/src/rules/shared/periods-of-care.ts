import type { RuleContext } from "../rule-context";
import { episodeSequence } from "./episode-sequence";

/** One period of care: the first episode's start and the last episode's end (undefined: still open or unreadable). */
export interface PeriodOfCare {
  readonly start: number;
  readonly end: number | undefined;
}

const cache = new WeakMap<object, ReadonlyMap<string, readonly PeriodOfCare[]>>();

/**
 * Each child's periods of care, built from the episodes as the reference validator builds them for the
 * missing-episode rules (577, 578): episodes with a readable start date, in order of start date; a new
 * period begins when an episode starts after the previous episode's end date (an episode starting on the
 * day the last ended continues the period). The period ends where its last episode ends. Computed once
 * per return and shared.
 */
export function periodsOfCare(ctx: RuleContext<"Episodes">): ReadonlyMap<string, readonly PeriodOfCare[]> {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out = new Map<string, PeriodOfCare[]>();
  const seq = episodeSequence(ctx);
  let c = 0;
  for (const child of ctx.rowsByChild("Episodes").keys()) {
    const periods: PeriodOfCare[] = [];
    let start: number | undefined;
    let end: number | undefined;
    // Unreadable start dates sort last, so the loop stops at the first of them.
    for (let k = seq.bounds[c] as number; k < (seq.bounds[c + 1] as number); k++) {
      const row = seq.order[k] as number;
      const s = seq.start[row] as number;
      if (Number.isNaN(s)) break;
      if (start === undefined) start = s;
      else if (end !== undefined && s > end) {
        periods.push({ start, end });
        start = s;
      }
      const e = seq.end[row] as number;
      end = Number.isNaN(e) ? undefined : e;
    }
    if (start !== undefined) periods.push({ start, end });
    out.set(child, periods);
    c++;
  }
  cache.set(ctx, out);
  return out;
}
