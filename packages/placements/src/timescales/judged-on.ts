/**
 * The day an unmet deadline is judged on: the day asked about, but never later than the day the period
 * ended (a duty that ended with the placement or the period of care cannot become overdue afterwards).
 */
export function judgedOn(asOf: string | undefined, ended: string | undefined): string | undefined {
  if (asOf === undefined) return ended;
  if (ended === undefined) return asOf;
  return asOf < ended ? asOf : ended;
}

/** The dates in [from, to] (to open when absent), sorted and without repeats. */
export function datesWithin(dates: readonly string[], from: string, to: string | undefined): string[] {
  return [...new Set(dates)].filter((d) => d >= from && (to === undefined || d <= to)).sort();
}
