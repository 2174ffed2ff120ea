import { daysInMonth, formatIsoDate, isoDateParts } from "./iso-date";

/**
 * A person's age in whole years on a date.
 *
 * A person attains an age at the start of the anniversary of their birth (Family Law Reform Act 1969,
 * s9). For someone born on 29 February, the anniversary in a common year is taken as 1 March, the
 * reading generally applied in England: they are 17 on 28 February 2025 and 18 on 1 March 2025.
 *
 * @returns the age in completed years; negative (-1 or less) when `on` is before `dateOfBirth`.
 * @example
 * ageOn("2008-02-29", "2026-02-28"); // 17
 * ageOn("2008-02-29", "2026-03-01"); // 18
 */
export function ageOn(dateOfBirth: string, on: string): number {
  const birth = isoDateParts(dateOfBirth);
  const date = isoDateParts(on);
  let years = date.year - birth.year;
  // The birthday this year: 29 February becomes 1 March when the year has no 29 February.
  let bMonth = birth.month;
  let bDay = birth.day;
  if (bMonth === 2 && bDay === 29 && daysInMonth(date.year, 2) === 28) {
    bMonth = 3;
    bDay = 1;
  }
  if (date.month < bMonth || (date.month === bMonth && date.day < bDay)) years -= 1;
  return years;
}

/**
 * The date on which someone born on `dateOfBirth` reaches `age` (see {@link ageOn} for 29 February).
 *
 * @example
 * dateOfAge("2008-02-29", 18); // "2026-03-01"
 */
export function dateOfAge(dateOfBirth: string, age: number): string {
  const { year, month, day } = isoDateParts(dateOfBirth);
  const y = year + age;
  if (month === 2 && day === 29 && daysInMonth(y, 2) === 28) return formatIsoDate(y, 3, 1);
  return formatIsoDate(y, month, day);
}
