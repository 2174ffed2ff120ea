import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromReturnDate, toReturnDate } from "./return-date";

describe("fromReturnDate (dd/mm/yyyy to ISO)", () => {
  it.each([
    ["01/04/2024", "2024-04-01"],
    ["31/03/2025", "2025-03-31"],
    ["29/02/2024", "2024-02-29"], // leap year
    ["29/02/2000", "2000-02-29"], // divisible by 400: leap
    ["1/2/2010", "2010-02-01"], // one-digit day and month, as strptime accepts
  ])("%s is %s", (text, iso) => expect(fromReturnDate(text)).toBe(iso));

  it.each([
    "29/02/2023", // not a leap year
    "29/02/1900", // divisible by 100, not 400: not leap
    "31/04/2024", // April has 30 days
    "00/01/2024",
    "01/13/2024",
    "2024-04-01",
    " 01/04/2024",
    "01/04/24",
    "ZZ/05/2021",
    "",
  ])("%s is not a date", (text) => expect(fromReturnDate(text)).toBeUndefined());
});

describe("toReturnDate (ISO to dd/mm/yyyy)", () => {
  it("writes the return's form", () => {
    expect(toReturnDate("2024-04-01")).toBe("01/04/2024");
    expect(toReturnDate("2024-02-29")).toBe("29/02/2024");
  });
  it("throws on a date that is not real", () => {
    expect(() => toReturnDate("2023-02-29")).toThrow(RangeError);
  });
  it("round-trips with fromReturnDate", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(fromReturnDate(toReturnDate(iso))).toBe(iso);
        },
      ),
    );
  });
});
