import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule383 } from "./rule-383";

describe("rule 383", () => {
  const Episodes = [
    { CHILD: "a", DECOM: "01/05/2025", RNE: "S", PLACE: "U1", PL_POST: "AB1 2CD" },
    { CHILD: "a", DECOM: "02/05/2025", RNE: "P", PLACE: "T1", PL_POST: "AB9 9ZZ" },
    { CHILD: "a", DECOM: "05/05/2025", RNE: "P", PLACE: "U1", PL_POST: "AB1 3CD" },
    { CHILD: "b", DECOM: "01/05/2025", RNE: "S", PLACE: "U1", PL_POST: "AB1 2CD" },
    { CHILD: "b", DECOM: "02/05/2025", RNE: "P", PLACE: "T3", PL_POST: "AB9 9ZZ" },
    { CHILD: "b", DECOM: "05/05/2025", RNE: "T", PLACE: "U1", PL_POST: "AB1 2CD" },
  ];
  it("flags the episode after a temporary one that does not return to the usual placement", () => {
    expect(flagsOf(rule383, { Episodes }, { collectionYear: "2024-25" })).toEqual({ Episodes: [5] });
  });
  it("also compares the placement postcode from 2025-26", () => {
    expect(flagsOf(rule383, { Episodes }, { collectionYear: "2025-26" })).toEqual({ Episodes: [2, 5] });
  });
  conformanceTests(rule383);
});
