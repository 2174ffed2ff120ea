import { describe, expect, it } from "vitest";
import { episodes } from "../testing/episodes";
import { longTermStability } from "./long-term-stability";

// Hand-worked for 31 March 2024: 2.5 years (30 months) before is 30 September 2021; 2 years before is
// 31 March 2022. The cohort is under 16 on 31 March 2024 and in care since 30 September 2021 or earlier.
const AS_AT = "2024-03-31";
const DOB = "2012-05-01"; // 11 on 31 March 2024

describe("longTermStability", () => {
  it("is in the cohort from exactly 30 months of care, and stable with one placement", () => {
    expect(longTermStability(DOB, episodes([["2021-09-30", undefined, "S", "U4"]]), AS_AT)).toEqual({
      inCohort: true,
      stable: true,
    });
    expect(longTermStability(DOB, episodes([["2021-10-01", undefined, "S", "U4"]]), AS_AT)).toEqual({
      inCohort: false,
      stable: false,
    });
  });

  it("is for children under 16: 16 on the day leaves the cohort", () => {
    const eps = episodes([["2019-01-01", undefined, "S", "U4"]]);
    expect(longTermStability("2008-03-31", eps, AS_AT).inCohort).toBe(false); // 16 on 31 March 2024
    expect(longTermStability("2008-04-01", eps, AS_AT).inCohort).toBe(true); // 15
    // Born 29 February 2008: still 15 on 28 February 2024, 16 on 29 February 2024.
    expect(longTermStability("2008-02-29", eps, "2024-02-28").inCohort).toBe(true);
    expect(longTermStability("2008-02-29", eps, "2024-02-29").inCohort).toBe(false);
  });

  it("needs the current placement to have started 2 years before (31 March 2022 or earlier)", () => {
    const moved = (on: string) =>
      episodes([
        ["2020-01-01", on, "S", "U6"],
        [on, undefined, "P", "U4"],
      ]);
    expect(longTermStability(DOB, moved("2022-03-31"), AS_AT).stable).toBe(true);
    expect(longTermStability(DOB, moved("2022-04-01"), AS_AT)).toEqual({ inCohort: true, stable: false });
  });

  it("keeps the placement through legal status and same-carer changes", () => {
    const eps = episodes([
      ["2020-01-01", "2023-01-01", "S", "U4"],
      ["2023-01-01", "2023-06-01", "L", "U4"],
      ["2023-06-01", undefined, "T", "A3"], // adopted by the foster carers
    ]);
    expect(longTermStability(DOB, eps, AS_AT).stable).toBe(true);
  });

  it("adds the previous placement to an adoptive one with new carers", () => {
    const adoptive = (previousStart: string) =>
      episodes([
        ["2021-10-01", previousStart, "S", "U6"],
        [previousStart, "2023-06-01", "P", "U4"],
        ["2023-06-01", undefined, "P", "A4"],
      ]);
    // Previous placement from 31 March 2022 + adoptive placement since 1 June 2023: 2 years together.
    expect(longTermStability("2016-01-01", adoptive("2022-03-31"), AS_AT)).toEqual({
      inCohort: false, // care from 1 October 2021: less than 2.5 years
      stable: false,
    });
    const longer = (previousStart: string) =>
      episodes([
        ["2021-01-01", previousStart, "S", "U6"],
        [previousStart, "2023-06-01", "P", "U4"],
        ["2023-06-01", undefined, "P", "A4"],
      ]);
    expect(longTermStability("2016-01-01", longer("2022-03-31"), AS_AT)).toEqual({
      inCohort: true,
      stable: true,
    });
    expect(longTermStability("2016-01-01", longer("2022-04-01"), AS_AT)).toEqual({
      inCohort: true,
      stable: false,
    });
    // A move to a non-adoptive placement gets no such credit.
    const fostered = episodes([
      ["2021-01-01", "2022-01-01", "S", "U6"],
      ["2022-01-01", "2023-06-01", "P", "U4"],
      ["2023-06-01", undefined, "P", "U6"],
    ]);
    expect(longTermStability("2016-01-01", fostered, AS_AT).stable).toBe(false);
  });

  it("counts only the current period of care", () => {
    const eps = episodes([
      ["2015-01-01", "2020-01-01", "S", "U4", "E4A"],
      ["2022-01-01", undefined, "S", "U4"],
    ]);
    expect(longTermStability(DOB, eps, AS_AT).inCohort).toBe(false);
  });
});
