import { describe, expect, it } from "vitest";
import { episodes } from "../testing/episodes";
import { hasThreeOrMorePlacements, placementsInLast12Months } from "./placement-count";

// Hand-worked: the 12 months to 31 March 2024 run from 1 April 2023 to 31 March 2024 (366 days: 2024 is
// a leap year). A placement counts when the child was in it on at least one of those days.
describe("placementsInLast12Months and the 3-or-more flag", () => {
  const child = episodes([
    ["2022-06-01", "2023-04-01", "S", "U6"], // ended on 1 April 2023: last day in it 31 March 2023, before the window
    ["2023-04-01", "2023-09-15", "P", "U4"], // placement 1
    ["2023-09-15", "2023-12-01", "L", "U4"], // legal status change only: still placement 1
    ["2023-12-01", "2024-02-29", "P", "K2"], // placement 2, ends on leap day
    ["2024-02-29", undefined, "P", "U6"], // placement 3, open at the year end
  ]);

  it("counts 3 placements in the year to 31 March 2024 and sets the flag", () => {
    expect(placementsInLast12Months(child, "2024-03-31")).toBe(3);
    expect(hasThreeOrMorePlacements(child, "2024-03-31")).toBe(true);
  });

  it("counts a placement that ended on the second day of the window", () => {
    const shifted = episodes([
      ["2022-06-01", "2023-04-02", "S", "U6"], // in it on 1 April 2023: counts
      ["2023-04-02", "2023-12-01", "P", "U4"],
      ["2023-12-01", "2024-02-29", "P", "K2"],
      ["2024-02-29", undefined, "P", "U6"],
    ]);
    expect(placementsInLast12Months(shifted, "2024-03-31")).toBe(4);
  });

  it("uses a leap-day window: the 12 months to 29 February 2024 start on 1 March 2023", () => {
    const eps = (end: string) =>
      episodes([
        ["2022-01-01", end, "S", "U6"],
        [end, undefined, "P", "U4"],
      ]);
    expect(placementsInLast12Months(eps("2023-03-01"), "2024-02-29")).toBe(1);
    expect(placementsInLast12Months(eps("2023-03-02"), "2024-02-29")).toBe(2);
  });

  it("leaves out temporary moves (T0-T4) unless asked", () => {
    const eps = episodes([
      ["2023-05-01", "2023-07-01", "S", "U6"],
      ["2023-07-01", "2023-07-05", "P", "T1"], // hospital
      ["2023-07-05", undefined, "P", "U6"],
    ]);
    expect(placementsInLast12Months(eps, "2024-03-31")).toBe(2);
    expect(placementsInLast12Months(eps, "2024-03-31", { includeTemporary: true })).toBe(3);
    expect(hasThreeOrMorePlacements(eps, "2024-03-31")).toBe(false);
  });

  it("does not count being placed for adoption with the same carers (RNE T)", () => {
    const eps = episodes([
      ["2023-05-01", "2023-10-01", "S", "U4"],
      ["2023-10-01", undefined, "T", "A5"],
    ]);
    expect(placementsInLast12Months(eps, "2024-03-31")).toBe(1);
  });

  it("leaves out short breaks (V3/V4)", () => {
    const eps = episodes(
      [
        ["2023-05-01", "2023-05-03", "S", "U6", "E8"],
        ["2023-06-01", "2023-06-03", "S", "U6", "E8"],
        ["2023-07-01", undefined, "S", "U6"],
      ],
      { legalStatus: "V3" },
    );
    expect(placementsInLast12Months(eps, "2024-03-31")).toBe(0);
  });

  it("flags only a child still looked after on the date", () => {
    const left = episodes([
      ["2023-04-01", "2023-09-15", "S", "U4"],
      ["2023-09-15", "2023-12-01", "P", "K2"],
      ["2023-12-01", "2024-03-31", "P", "U6", "E8"], // left care on 31 March 2024
    ]);
    expect(placementsInLast12Months(left, "2024-03-31")).toBe(3);
    expect(hasThreeOrMorePlacements(left, "2024-03-31")).toBe(false);
    expect(hasThreeOrMorePlacements(left, "2024-03-30")).toBe(true);
  });
});
