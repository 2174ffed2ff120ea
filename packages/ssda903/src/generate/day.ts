// Dates inside the generator are whole days since 1970-01-01 (UTC): plain numbers are fast to add
// and compare for 100,000 children. They become `dd/mm/yyyy` text only when a row is written.

const MS_PER_DAY = 86_400_000;

/** The day number of an ISO date. */
export function dayOfIso(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY
  );
}

/** Year, month (1-12) and day of a day number. */
export function partsOfDay(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const text = new Map<number, string>();

/** A day number as the return writes it, `dd/mm/yyyy` (memoised: a return uses a few thousand days). */
export function returnDateOfDay(day: number): string {
  let s = text.get(day);
  if (s === undefined) {
    const p = partsOfDay(day);
    s = `${String(p.day).padStart(2, "0")}/${String(p.month).padStart(2, "0")}/${p.year}`;
    text.set(day, s);
  }
  return s;
}

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export function addYearsToDay(day: number, years: number): number {
  const p = partsOfDay(day);
  const y = p.year + years;
  const last = new Date(Date.UTC(y, p.month, 0)).getUTCDate();
  return Date.UTC(y, p.month - 1, Math.min(p.day, last)) / MS_PER_DAY;
}

/**
 * True when a child born on `dob` is at least `years` old on `day`, reckoned as the DfE's checks do:
 * the anniversary is `dob` plus whole years, 29 February falling on 28 February in a common year
 * (csc-validator-be-903 compares dates with `DOB + pd.DateOffset(years=n)`).
 */
export function isAtLeast(dob: number, years: number, day: number): boolean {
  return addYearsToDay(dob, years) <= day;
}
