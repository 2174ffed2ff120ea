import { ENGLAND_AND_WALES, type HolidayCalendar } from "./bank-holidays";
import { fromEpochDay, type IsoDate, toEpochDay } from "./iso-date";

// Statutory time limits in children's social care count "working days": every day except Saturdays,
// Sundays and bank holidays (the regulations' own definitions also name Christmas Day and Good Friday,
// which the GOV.UK list already includes). Arithmetic over a calendar that stops at a known year answers
// `undefined` once it would need a weekday the calendar does not cover, rather than guessing.

/** Day of the week of an ISO date: 0 Sunday to 6 Saturday. */
export function dayOfWeek(date: string): number {
  // 1 January 1970 (epoch day 0) was a Thursday.
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/** True for Saturday and Sunday. */
export function isWeekend(date: string): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

/**
 * Whether a date is a working day: `false` at weekends (always known), otherwise `true` unless it is a
 * bank holiday, and `undefined` for a weekday the calendar does not cover.
 *
 * @example
 * isWorkingDay("2026-12-28"); // false (Boxing Day substitute)
 * isWorkingDay("2031-06-03"); // undefined: beyond the known bank holidays
 */
export function isWorkingDay(
  date: string,
  calendar: HolidayCalendar = ENGLAND_AND_WALES,
): boolean | undefined {
  if (isWeekend(date)) return false;
  const holiday = calendar.isHoliday(date);
  return holiday === undefined ? undefined : !holiday;
}

/**
 * The date `days` working days after `date` (before it when negative): the day on which the last of
 * those working days falls. `addWorkingDays(d, 0)` is `d`. `undefined` when the count passes a weekday
 * the calendar does not cover.
 *
 * "Within 20 working days of" a date is met on or before `addWorkingDays(date, 20)`.
 *
 * @example
 * addWorkingDays("2026-12-23", 3); // "2026-12-30" (24th, 29th, 30th: the 25th and 28th are bank holidays)
 */
export function addWorkingDays(
  date: string,
  days: number,
  calendar: HolidayCalendar = ENGLAND_AND_WALES,
): IsoDate | undefined {
  if (!Number.isInteger(days)) throw new RangeError("The number of working days must be a whole number.");
  const step = days < 0 ? -1 : 1;
  let epoch = toEpochDay(date);
  for (let left = Math.abs(days); left > 0; ) {
    epoch += step;
    const working = isWorkingDay(fromEpochDay(epoch), calendar);
    if (working === undefined) return undefined;
    if (working) left--;
  }
  return fromEpochDay(epoch);
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier), so that
 * `addWorkingDays(from, n)` is `to` when `to` is a working day and `n` is the answer. `undefined` when a
 * weekday in between is outside the calendar.
 *
 * @example
 * workingDaysBetween("2026-12-23", "2026-12-30"); // 3
 */
export function workingDaysBetween(
  from: string,
  to: string,
  calendar: HolidayCalendar = ENGLAND_AND_WALES,
): number | undefined {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  // Forwards the days counted are (from, to]; backwards they are [to, from), the days addWorkingDays steps on.
  const [first, last, sign] = end >= start ? [start + 1, end, 1] : [end, start - 1, -1];
  let count = 0;
  for (let e = first; e <= last; e++) {
    const working = isWorkingDay(fromEpochDay(e), calendar);
    if (working === undefined) return undefined;
    if (working) count++;
  }
  return sign * count;
}
