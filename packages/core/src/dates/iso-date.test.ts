import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  compareIsoDates,
  daysBetween,
  fromEpochDay,
  IsoDate,
  isIsoDate,
  isLeapYear,
  toEpochDay,
} from "./iso-date";

describe("IsoDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2023-12-31", "1999-01-01"])("accepts the real date %s", (d) => {
    expect(IsoDate.safeParse(d).success).toBe(true);
    expect(isIsoDate(d)).toBe(true);
  });

  it.each([
    "2023-02-29", // 2023 is not a leap year
    "1900-02-29", // a century not divisible by 400
    "2024-04-31", // April has 30 days
    "2024-13-01",
    "2024-00-10",
    "2024-1-01",
    "24-01-01",
    "2024-01-01T00:00:00Z",
    " 2024-01-01",
  ])("rejects %s", (d) => {
    expect(IsoDate.safeParse(d).success).toBe(false);
    expect(isIsoDate(d)).toBe(false);
  });

  it("says what is wrong without echoing the value", () => {
    const r = IsoDate.safeParse("2023-02-29");
    expect(r.error?.issues[0]?.message).toBe("Must be a real calendar date written YYYY-MM-DD.");
  });

  it("agrees with the calendar on every day of four centuries (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1600, max: 2400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
          expect(IsoDate.safeParse(text).success).toBe(real);
          expect(isIsoDate(text)).toBe(real);
        },
      ),
    );
  });
});

describe("date arithmetic", () => {
  it("knows leap years", () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    // 16 weeks from 1 Jan 2024: 112 days = 31 (Jan) + 29 (Feb) + 31 (Mar) + 21 -> 22 April
    expect(addDays("2024-01-01", 112)).toBe("2024-04-22");
  });

  it("adds months, clamping to the end of a shorter month", () => {
    expect(addMonths("2024-08-31", 6)).toBe("2025-02-28");
    expect(addMonths("2023-08-31", 6)).toBe("2024-02-29");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-05-15", -3)).toBe("2024-02-15");
    expect(addMonths("2024-01-15", -13)).toBe("2022-12-15");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("counts days between dates", () => {
    expect(daysBetween("2024-04-01", "2025-03-31")).toBe(364); // 2024-25 has 365 days, 364 between ends
    expect(daysBetween("2023-04-01", "2024-03-31")).toBe(365); // 2023-24 includes 29 Feb 2024
    expect(daysBetween("2024-03-01", "2024-02-28")).toBe(-2);
  });

  it("round-trips epoch days and orders dates (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (day, delta) => {
          const d = fromEpochDay(day);
          expect(toEpochDay(d)).toBe(day);
          expect(daysBetween(d, addDays(d, delta))).toBe(delta);
          expect(Math.sign(compareIsoDates(d, addDays(d, delta)))).toBe(delta === 0 ? 0 : -Math.sign(delta));
        },
      ),
    );
  });

  it("refuses malformed dates with a RangeError rather than a wrong answer", () => {
    expect(() => addDays("2023-02-29", 1)).toThrow(RangeError);
    expect(() => compareIsoDates("2024-01-01", "nope")).toThrow(RangeError);
  });
});
