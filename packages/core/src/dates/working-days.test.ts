import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holidayCalendar } from "./bank-holidays";
import { addDays, fromEpochDay, toEpochDay } from "./iso-date";
import { addWorkingDays, dayOfWeek, isWorkingDay, workingDaysBetween } from "./working-days";

describe("working days (England and Wales)", () => {
  it("knows the day of the week", () => {
    expect(dayOfWeek("1970-01-01")).toBe(4); // Thursday
    expect(dayOfWeek("2026-12-04")).toBe(5); // Friday
    expect(dayOfWeek("1969-12-28")).toBe(0); // Sunday, before the epoch
  });

  it("is false at weekends and on bank holidays, unknown on weekdays beyond the table", () => {
    expect(isWorkingDay("2026-12-04")).toBe(true);
    expect(isWorkingDay("2026-12-05")).toBe(false); // Saturday
    expect(isWorkingDay("2026-12-25")).toBe(false); // Christmas Day
    expect(isWorkingDay("2031-06-07")).toBe(false); // a Saturday is known whatever the year
    expect(isWorkingDay("2031-06-03")).toBeUndefined();
  });

  it("counts working days over Christmas (hand-worked)", () => {
    // From Wednesday 23 December 2026: Thu 24 (1), Fri 25 holiday, weekend, Mon 28 Boxing Day substitute,
    // Tue 29 (2), Wed 30 (3).
    expect(addWorkingDays("2026-12-23", 3)).toBe("2026-12-30");
    expect(addWorkingDays("2026-12-30", -3)).toBe("2026-12-23");
    expect(workingDaysBetween("2026-12-23", "2026-12-30")).toBe(3);
    expect(workingDaysBetween("2026-12-30", "2026-12-23")).toBe(-3);
    expect(addWorkingDays("2026-12-05", 0)).toBe("2026-12-05");
  });

  it("counts 20 working days over Easter 2024 (a first looked-after review, hand-worked)", () => {
    // Looked after from Friday 22 March 2024. Good Friday 29 March and Easter Monday 1 April are not
    // working days: 25-28 March are days 1-4, 2-5 April 5-8, 8-12 April 9-13, 15-19 April 14-18,
    // Monday 22 April 19 and Tuesday 23 April day 20.
    expect(addWorkingDays("2024-03-22", 20)).toBe("2024-04-23");
    expect(workingDaysBetween("2024-03-22", "2024-04-23")).toBe(20);
  });

  it("answers unknown when the count runs past the known bank holidays", () => {
    // Wednesday 20 December 2028: 21, 22, 27, 28, 29 December are five; the sixth would be in 2029.
    expect(addWorkingDays("2028-12-20", 5)).toBe("2028-12-29");
    expect(addWorkingDays("2028-12-20", 6)).toBeUndefined();
    expect(workingDaysBetween("2028-12-20", "2029-01-10")).toBeUndefined();
    expect(addWorkingDays("2018-01-03", -3)).toBeUndefined(); // 2 January, then 29 December 2017
  });

  it("takes another calendar, and refuses a fractional count", () => {
    const none = holidayCalendar([], "2040-01-01", "2040-12-31", "test");
    expect(addWorkingDays("2040-01-06", 1, none)).toBe("2040-01-09"); // Saturday + 1 = Monday
    expect(() => addWorkingDays("2026-01-05", 1.5)).toThrow(RangeError);
  });

  it("adds and counts consistently, landing on working days (property)", () => {
    const date = fc
      .integer({ min: toEpochDay("2018-01-01"), max: toEpochDay("2028-06-30") })
      .map((e) => fromEpochDay(e));
    fc.assert(
      fc.property(date, fc.integer({ min: -80, max: 80 }), (d, n) => {
        const target = addWorkingDays(d, n);
        if (target === undefined) return;
        if (n !== 0) expect(isWorkingDay(target)).toBe(true);
        expect(workingDaysBetween(d, target)).toBe(n);
        // Never fewer calendar days than working days.
        expect(Math.abs(toEpochDay(target) - toEpochDay(d))).toBeGreaterThanOrEqual(Math.abs(n));
        // The day before the target (forwards) is not yet n working days on.
        if (n > 0) expect(workingDaysBetween(d, addDays(target, -1))).toBe(n - 1);
      }),
    );
  });
});
