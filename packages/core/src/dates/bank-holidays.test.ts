import { describe, expect, it } from "vitest";
import {
  BANK_HOLIDAYS_KNOWN_FROM,
  BANK_HOLIDAYS_KNOWN_UNTIL,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  holidayCalendar,
  isBankHoliday,
} from "./bank-holidays";
import { isIsoDate } from "./iso-date";
import { isWeekend } from "./working-days";

// Hand-checked against GOV.UK's England and Wales list (https://www.gov.uk/bank-holidays).
describe("England and Wales bank holidays", () => {
  it("knows the usual days, substitute days and the one-off days", () => {
    expect(isBankHoliday("2024-03-29")).toBe(true); // Good Friday
    expect(isBankHoliday("2026-12-28")).toBe(true); // Boxing Day falls on a Saturday: substitute Monday
    expect(isBankHoliday("2026-12-26")).toBe(false);
    expect(isBankHoliday("2027-12-27")).toBe(true); // Christmas Day substitute
    expect(isBankHoliday("2020-05-08")).toBe(true); // VE Day (Early May bank holiday moved from 4 May)
    expect(isBankHoliday("2020-05-04")).toBe(false);
    expect(isBankHoliday("2022-09-19")).toBe(true); // State Funeral of Queen Elizabeth II
    expect(isBankHoliday("2023-05-08")).toBe(true); // Coronation of King Charles III
    expect(isBankHoliday("2028-01-03")).toBe(true); // New Year's Day substitute
    expect(isBankHoliday("2025-06-02")).toBe(false);
  });

  it("answers unknown outside 2018-2028 rather than computing a date", () => {
    expect(BANK_HOLIDAYS_KNOWN_FROM).toBe("2018-01-01");
    expect(BANK_HOLIDAYS_KNOWN_UNTIL).toBe("2028-12-31");
    expect(isBankHoliday("2017-12-25")).toBeUndefined();
    expect(isBankHoliday("2029-12-25")).toBeUndefined();
    expect(isBankHoliday("2029-01-01")).toBeUndefined();
  });

  it("is a sorted list of real weekdays, eight a year except the years with one-off days", () => {
    const days = ENGLAND_AND_WALES_BANK_HOLIDAYS;
    expect(days.every(isIsoDate)).toBe(true);
    expect([...days].sort()).toEqual(days);
    expect(new Set(days).size).toBe(days.length);
    expect(days.filter(isWeekend)).toEqual([]);
    const perYear = new Map<string, number>();
    for (const d of days) perYear.set(d.slice(0, 4), (perYear.get(d.slice(0, 4)) ?? 0) + 1);
    expect(Object.fromEntries(perYear)).toEqual({
      "2018": 8,
      "2019": 8,
      "2020": 8,
      "2021": 8,
      "2022": 10,
      "2023": 9,
      "2024": 8,
      "2025": 8,
      "2026": 8,
      "2027": 8,
      "2028": 8,
    });
  });

  it("builds other calendars with their own known span", () => {
    const cal = holidayCalendar(["2030-01-01"], "2030-01-01", "2030-12-31", "test");
    expect(cal.isHoliday("2030-01-01")).toBe(true);
    expect(cal.isHoliday("2030-01-02")).toBe(false);
    expect(cal.isHoliday("2031-01-01")).toBeUndefined();
  });
});
