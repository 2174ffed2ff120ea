import { isIsoDate, isoDateParts } from "@childrens-social-care/core";

/**
 * The UTC offset of Europe/London on a date, as "+00:00" or "+01:00". British Summer Time runs from
 * the last Sunday of March to the last Sunday of October (Summer Time Order 2002, SI 2002/262). Exact
 * at the 01:00 UTC changeover only to the day, which is enough for meetings (never held at 1am).
 */
export function londonOffset(date: string): "+00:00" | "+01:00" {
  if (!isIsoDate(date)) return "+00:00";
  const { year, month, day } = isoDateParts(date);
  if (month < 3 || month > 10) return "+00:00";
  if (month > 3 && month < 10) return "+01:00";
  const last = lastSunday(year, month);
  return month === 3 ? (day >= last ? "+01:00" : "+00:00") : day < last ? "+01:00" : "+00:00";
}

function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}
