// Bank holidays in England and Wales, as GOV.UK publishes them (https://www.gov.uk/bank-holidays, data at
// https://www.gov.uk/bank-holidays.json, division "england-and-wales", whose events begin on 1 January
// 2018). The list includes Good Friday and Christmas Day (common-law holidays rather than bank holidays
// under the Banking and Financial Dealings Act 1971), substitute days, and the one-off days: 8 May 2020
// (VE Day, moved from 4 May), 2 and 3 June 2022 (Spring bank holiday moved, Platinum Jubilee), 19 September
// 2022 (State Funeral of Queen Elizabeth II) and 8 May 2023 (Coronation of King Charles III). The years
// 2026 to 2028 match GOV.UK's announcement of the calendar "through 2028" as reported in December 2025
// (particlenews.pages.dev, "UK confirms 2026-2028 bank holidays with Boxing Day shifts and substitute
// dates"). Compiled 2026-12-04.
//
// Years outside 2018-2028 are not known here: a bank holiday can be added, moved or announced at short
// notice (as in 2020, 2022 and 2023), so no date is computed from the usual rules. Callers get `undefined`
// ("unknown") for a weekday outside the table, never a guess; extend the table when GOV.UK publishes more.

/** First and last days covered by {@link ENGLAND_AND_WALES_BANK_HOLIDAYS}. */
export const BANK_HOLIDAYS_KNOWN_FROM = "2018-01-01";
export const BANK_HOLIDAYS_KNOWN_UNTIL = "2028-12-31";

/** Where the table comes from. */
export const BANK_HOLIDAYS_SOURCE =
  "GOV.UK, UK bank holidays, England and Wales (https://www.gov.uk/bank-holidays.json), 2018 to 2028; compiled 2026-12-04";

/** England and Wales bank holidays 2018-2028 (including Good Friday and Christmas Day), in date order. */
// biome-ignore format: one line per year keeps the table checkable against GOV.UK
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = Object.freeze([
  // 2018
  "2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26",
  // 2019
  "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26",
  // 2020: Early May bank holiday moved to Friday 8 May (VE Day); Boxing Day substitute Monday 28 December.
  "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28",
  // 2021: Christmas Day and Boxing Day substitutes 27 and 28 December.
  "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28",
  // 2022: New Year substitute 3 January; Spring bank holiday 2 June and Platinum Jubilee 3 June; State
  // Funeral of Queen Elizabeth II 19 September; Christmas Day substitute 27 December.
  "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
  "2022-12-26", "2022-12-27",
  // 2023: New Year substitute 2 January; Coronation of King Charles III 8 May.
  "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25",
  "2023-12-26",
  // 2024
  "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
  // 2025
  "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
  // 2026: Boxing Day substitute Monday 28 December.
  "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
  // 2027: Christmas Day and Boxing Day substitutes 27 and 28 December.
  "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
  // 2028: New Year substitute Monday 3 January.
  "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
]);

/** A calendar of non-working holidays, with the span of dates it knows about. */
export interface HolidayCalendar {
  /** First and last ISO dates the calendar can answer for. */
  readonly knownFrom: string;
  readonly knownUntil: string;
  /** Where its dates come from. */
  readonly source: string;
  /** True for a holiday, false for an ordinary day, `undefined` outside the known span. */
  isHoliday(date: string): boolean | undefined;
}

/** Builds a calendar from a list of ISO holiday dates and the span it is complete for. */
export function holidayCalendar(
  dates: readonly string[],
  knownFrom: string,
  knownUntil: string,
  source: string,
): HolidayCalendar {
  const set = new Set(dates);
  return {
    knownFrom,
    knownUntil,
    source,
    isHoliday: (date) => (date < knownFrom || date > knownUntil ? undefined : set.has(date)),
  };
}

/** England and Wales bank holidays from GOV.UK, 2018-2028. */
export const ENGLAND_AND_WALES: HolidayCalendar = holidayCalendar(
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  BANK_HOLIDAYS_KNOWN_FROM,
  BANK_HOLIDAYS_KNOWN_UNTIL,
  BANK_HOLIDAYS_SOURCE,
);

/**
 * Whether a date is a bank holiday in England and Wales: `true`/`false` within 2018-2028, `undefined`
 * outside it (unknown, not guessed).
 *
 * @example
 * isBankHoliday("2027-12-28"); // true (Boxing Day substitute)
 * isBankHoliday("2029-12-25"); // undefined
 */
export function isBankHoliday(date: string): boolean | undefined {
  return ENGLAND_AND_WALES.isHoliday(date);
}
