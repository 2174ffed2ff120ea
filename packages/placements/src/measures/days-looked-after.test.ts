import { describe, expect, it } from "vitest";
import { episodes } from "../testing/episodes";
import { daysLookedAfterInYear } from "./days-looked-after";

describe("daysLookedAfterInYear (days from start up to, not including, the end)", () => {
  it("counts a whole leap collection year as 366 days and a common one as 365", () => {
    const open = episodes([["2023-04-01", undefined, "S", "U4"]]);
    expect(daysLookedAfterInYear(open, "2023-24")).toBe(366); // includes 29 February 2024
    expect(daysLookedAfterInYear(open, "2024-25")).toBe(365);
    expect(daysLookedAfterInYear(episodes([["2020-01-01", undefined, "S", "U4"]]), "2022-23")).toBe(365);
  });

  it("clips episodes at the start and the end of the year", () => {
    // 15 March to 10 April 2023: in 2023-24 from 1 April to 9 April = 9 days; in 2022-23, 15-31 March = 17.
    const e = episodes([["2023-03-15", "2023-04-10", "S", "U4", "E8"]]);
    expect(daysLookedAfterInYear(e, "2023-24")).toBe(9);
    expect(daysLookedAfterInYear(e, "2022-23")).toBe(17);
    // Started on 31 March 2024 and still open: 1 day in 2023-24.
    expect(daysLookedAfterInYear(episodes([["2024-03-31", undefined, "S", "U4"]]), "2023-24")).toBe(1);
    // Left care on 1 April 2023: no day in 2023-24.
    expect(daysLookedAfterInYear(episodes([["2022-05-01", "2023-04-01", "S", "U4", "E8"]]), "2023-24")).toBe(
      0,
    );
  });

  it("splits an episode spanning two collection years", () => {
    // 1 October 2023 to 1 October 2024: Oct-Mar = 31+30+31+31+29+31 = 183; Apr-Sep = 30+31+30+31+31+30 = 183.
    const e = episodes([["2023-10-01", "2024-10-01", "S", "U4", "E8"]]);
    expect(daysLookedAfterInYear(e, "2023-24")).toBe(183);
    expect(daysLookedAfterInYear(e, "2024-25")).toBe(183);
  });

  it("adds consecutive episodes, skips gaps, and counts overlaps once", () => {
    const consecutive = episodes([
      ["2023-05-01", "2023-06-01", "S", "U4"], // 31
      ["2023-06-01", "2023-07-01", "P", "U6", "E8"], // 30
    ]);
    expect(daysLookedAfterInYear(consecutive, "2023-24")).toBe(61);
    const gap = episodes([
      ["2023-05-01", "2023-05-11", "S", "U4", "E8"], // 10
      ["2023-06-01", "2023-06-11", "S", "U4", "E8"], // 10
    ]);
    expect(daysLookedAfterInYear(gap, "2023-24")).toBe(20);
    const overlapping = episodes([
      ["2023-05-01", "2023-06-01", "S", "U4"],
      ["2023-05-15", "2023-06-10", "P", "U6", "E8"],
    ]);
    expect(daysLookedAfterInYear(overlapping, "2023-24")).toBe(40); // 1 May to 9 June
  });
});
