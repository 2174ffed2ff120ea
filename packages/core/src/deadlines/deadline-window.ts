/**
 * The day an unmet deadline is judged on: the day asked about, but never later than the day the duty
 * ended (a duty that ended with the placement, the arrangement or the period of care cannot become
 * overdue afterwards). `undefined` when neither is known: nothing is judged overdue.
 *
 * @example
 * judgedOn("2026-12-04", "2026-06-30"); // "2026-06-30"
 * judgedOn("2026-12-04", undefined); // "2026-12-04"
 */
export function judgedOn(asOf: string | undefined, ended: string | undefined): string | undefined {
  if (asOf === undefined) return ended;
  if (ended === undefined) return asOf;
  return asOf < ended ? asOf : ended;
}

/**
 * The dates from `from` to `to` inclusive (`to` open when absent), sorted and without repeats: the visits
 * or reviews that count towards one period's deadlines.
 */
export function datesWithin(dates: readonly string[], from: string, to: string | undefined): string[] {
  return [...new Set(dates)].filter((d) => d >= from && (to === undefined || d <= to)).sort();
}
