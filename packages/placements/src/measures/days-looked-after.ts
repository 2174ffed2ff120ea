import { collectionYearEnd, collectionYearStart, daysBetween } from "@childrens-social-care/core";
import type { CareEpisode } from "../model/care-episode";

/**
 * The number of days a child was looked after in a collection year (1 April to 31 March).
 *
 * Each episode covers the days from its start date (DECOM) up to, but not including, its end date (DEC):
 * in the return the next episode starts on the day the last one ended (REC X1), so a day is never counted
 * twice, and a child whose care ended on a day is not looked after on it (as for "looked after at 31
 * March"). An episode still open at 31 March counts through 31 March. Overlapping episodes (bad data) are
 * counted once. No DfE definition of this count was available to us; it is the length of care the
 * return's dates give. All legal statuses count, short breaks (V3/V4) included: a child on a short
 * break is looked after (Children Act 1989 s22(1)).
 *
 * @example
 * daysLookedAfterInYear([{ ...e, startDate: "2023-04-01" }], "2023-24"); // 366 (2024 is a leap year)
 */
export function daysLookedAfterInYear(episodes: readonly CareEpisode[], collectionYear: string): number {
  const yearStart = collectionYearStart(collectionYear);
  const dayAfterYear = nextDay(collectionYearEnd(collectionYear));
  const ranges = episodes
    .map((e) => ({
      start: later(e.startDate, yearStart),
      end: e.endDate === undefined || e.endDate > dayAfterYear ? dayAfterYear : e.endDate,
    }))
    .filter((r) => r.start < r.end)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let days = 0;
  let coveredTo: string | undefined;
  for (const r of ranges) {
    const start = coveredTo !== undefined && coveredTo > r.start ? coveredTo : r.start;
    if (start < r.end) days += daysBetween(start, r.end);
    if (coveredTo === undefined || r.end > coveredTo) coveredTo = r.end;
  }
  return days;
}

// ISO dates compare as strings (Math.max would turn them into NaN).
function later(a: string, b: string): string {
  return a > b ? a : b;
}

function nextDay(date: string): string {
  // 31 March + 1 day is always 1 April; written out to avoid a date round-trip.
  return `${date.slice(0, 5)}04-01`;
}
