import * as z from "zod";

/**
 * A calendar date as an ISO 8601 string, `YYYY-MM-DD`.
 *
 * Only real dates pass: `2024-02-29` is accepted, `2023-02-29` and `2024-04-31` are not. Models keep
 * dates as strings (never `Date` objects) so that no time zone can move a child's date of birth; codecs
 * convert at the edge (the SSDA903 CSV writes `dd/mm/yyyy`).
 *
 * @example
 * IsoDate.parse("2024-02-29"); // "2024-02-29"
 * IsoDate.safeParse("2023-02-29").success; // false
 */
export const IsoDate = z.iso.date({ error: "Must be a real calendar date written YYYY-MM-DD." }).meta({
  id: "core.IsoDate",
  title: "ISO date",
  description: "A calendar date written YYYY-MM-DD (ISO 8601). Only real dates are valid.",
  examples: ["2024-04-01"],
});
/** A calendar date as an ISO 8601 string, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDate>;

const MS_PER_DAY = 86_400_000;
const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const m = ISO_DATE_SHAPE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Days in a month of the proleptic Gregorian calendar (`month` is 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a Gregorian leap year (divisible by 4, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Splits an ISO date into numeric parts. Throws a `RangeError` for anything but a real `YYYY-MM-DD` date. */
export function isoDateParts(date: string): { year: number; month: number; day: number } {
  if (!isIsoDate(date)) throw new RangeError("Expected a real calendar date written YYYY-MM-DD.");
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Formats year, month (1–12) and day as an ISO date string. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01 (UTC) for an ISO date: a plain number for fast comparisons and arithmetic. */
export function toEpochDay(date: string): number {
  const { year, month, day } = isoDateParts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The ISO date of a day number produced by {@link toEpochDay}. */
export function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Compares two ISO dates: negative when `a` is earlier, zero when equal, positive when later. */
export function compareIsoDates(a: string, b: string): number {
  // ISO dates of four-digit years sort as strings; validate so a malformed value cannot sort silently.
  isoDateParts(a);
  isoDateParts(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds (or, when negative, subtracts) whole days. `addDays("2024-02-28", 1)` is `"2024-02-29"`. */
export function addDays(date: string, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Adds calendar months. When the target month is shorter, the date is clamped to its last day, the
 * usual reading of "N months after" in English statute (e.g. 31 August + 6 months = 28/29 February).
 */
export function addMonths(date: string, months: number): IsoDate {
  const { year, month, day } = isoDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Adds calendar years; 29 February moves to 28 February in a common year (clamped, as {@link addMonths}). */
export function addYears(date: string, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). `daysBetween(d, d)` is 0. */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}
