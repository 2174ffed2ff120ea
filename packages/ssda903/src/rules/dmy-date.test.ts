import { addDays, toEpochDay } from "@childrens-social-care/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonthsDay, addYearsDay, ageInYears, civilOf, epochDayOf, formatDmy, parseDmy } from "./dmy-date";

describe("dd/mm/yyyy dates as epoch days", () => {
  it("agrees with core's ISO epoch days", () => {
    expect(parseDmy("01/04/2022")).toBe(toEpochDay("2022-04-01"));
    expect(parseDmy("29/02/2024")).toBe(toEpochDay("2024-02-29"));
    expect(parseDmy("1/1/1970")).toBe(0);
  });
  it("rejects what is not a real date", () => {
    for (const bad of [
      "29/02/2023",
      "31/06/2022",
      "00/01/2022",
      "01/13/2022",
      "1/1/22",
      " 01/01/2022",
      "",
      "x",
    ]) {
      expect(parseDmy(bad)).toBeUndefined();
    }
    expect(parseDmy(null)).toBeUndefined();
  });
  it("round-trips every day from 1900 to 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: epochDayOf(1900, 1, 1), max: epochDayOf(2100, 12, 31) }), (day) => {
        expect(parseDmy(formatDmy(day))).toBe(day);
        const { year, month, day: d } = civilOf(day);
        expect(epochDayOf(year, month, d)).toBe(day);
      }),
    );
  });
  it("moves by years and months as pandas DateOffset does (29 Feb falls back to 28 Feb)", () => {
    expect(formatDmy(addYearsDay(epochDayOf(2020, 2, 29), 1))).toBe("28/02/2021");
    expect(formatDmy(addYearsDay(epochDayOf(2020, 2, 29), 4))).toBe("29/02/2024");
    expect(formatDmy(addMonthsDay(epochDayOf(2022, 1, 31), 1))).toBe("28/02/2022");
    expect(formatDmy(addMonthsDay(epochDayOf(2022, 11, 30), 3))).toBe("28/02/2023");
  });
  it("counts whole years of age, a birthday counting on the day", () => {
    const born = epochDayOf(2008, 2, 29);
    expect(ageInYears(born, epochDayOf(2026, 2, 28))).toBe(17);
    expect(ageInYears(born, epochDayOf(2026, 3, 1))).toBe(18);
    expect(ageInYears(epochDayOf(2010, 4, 1), toEpochDay(addDays("2028-04-01", -1)))).toBe(17);
    expect(ageInYears(epochDayOf(2010, 4, 1), epochDayOf(2028, 4, 1))).toBe(18);
  });
});
