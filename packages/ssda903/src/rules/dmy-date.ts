/**
 * Dates in the SSDA903 return are `dd/mm/yyyy` (DfE technical specification, "Data dictionary").
 * Rules compare dates as whole days since 1970-01-01 (epoch days) so that a comparison is one integer
 * comparison and no `Date` object or time zone is involved.
 *
 * One- or two-digit day and month are accepted, as the DfE's checks (and the Python validator, which
 * parses with `%d/%m/%Y`) accept them; anything else, or a day that does not exist, is not a date.
 */
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Epoch day of a calendar date (proleptic Gregorian), from Howard Hinnant's days_from_civil. */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of an epoch day. */
export function civilOf(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The value of the ASCII digit at `at`, or -1 when the character there is not a digit. */
function digitAt(text: string, at: number): number {
  const d = text.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Parses a `dd/mm/yyyy` cell to an epoch day; `undefined` when blank or not a real date. */
export function parseDmy(text: string | null | undefined): number | undefined {
  if (text == null) return undefined;
  // Fast path for the form returns use, two-digit day and month: read the digits in place (no regular
  // expression, no substrings), since a large return holds millions of date cells and rules read them
  // again and again.
  if (text.length === 10 && text.charCodeAt(2) === 47 && text.charCodeAt(5) === 47) {
    const d1 = digitAt(text, 0);
    const d2 = digitAt(text, 1);
    const m1 = digitAt(text, 3);
    const m2 = digitAt(text, 4);
    const y1 = digitAt(text, 6);
    const y2 = digitAt(text, 7);
    const y3 = digitAt(text, 8);
    const y4 = digitAt(text, 9);
    if ((d1 | d2 | m1 | m2 | y1 | y2 | y3 | y4) < 0) return undefined;
    return checkedDay(y1 * 1000 + y2 * 100 + y3 * 10 + y4, m1 * 10 + m2, d1 * 10 + d2);
  }
  const m = DMY.exec(text);
  if (!m) return undefined;
  return checkedDay(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** The epoch day of a calendar date, or `undefined` when the month or day does not exist. */
function checkedDay(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return epochDayOf(year, month, day);
}

/** Formats an epoch day as `dd/mm/yyyy`. */
export function formatDmy(epochDay: number): string {
  const { year, month, day } = civilOf(epochDay);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${String(year).padStart(4, "0")}`;
}

/**
 * The epoch day `years` years after `epochDay`, as pandas' `DateOffset(years=n)` moves a date: same
 * month and day, with 29 February falling back to 28 February in a year that has none.
 */
export function addYearsDay(epochDay: number, years: number): number {
  const { year, month, day } = civilOf(epochDay);
  const y = year + years;
  return epochDayOf(y, month, Math.min(day, daysIn(y, month)));
}

/** The epoch day `months` months later, day clipped to the month's length (pandas `DateOffset(months=n)`). */
export function addMonthsDay(epochDay: number, months: number): number {
  const { year, month, day } = civilOf(epochDay);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return epochDayOf(y, m, Math.min(day, daysIn(y, m)));
}

/** Whole years of age on `onDay` for someone born on `birthDay` (a birthday counts on the day). */
export function ageInYears(birthDay: number, onDay: number): number {
  const b = civilOf(birthDay);
  const o = civilOf(onDay);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}
