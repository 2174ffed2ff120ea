import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule188 } from "./rule-188";

describe("rule 188", () => {
  it("flags SDQ items for a child whose 4th birthday is after 31 March (leap-day birth: 28 February)", () => {
    const OC2 = [
      { CHILD: "1", DOB: "31/03/2020", SDQ_SCORE: "10" }, // 4 on 31 March 2024
      { CHILD: "2", DOB: "01/04/2020", SDQ_SCORE: "10" }, // 4 on 1 April 2024: flagged
      { CHILD: "3", DOB: "01/04/2020", SDQ_SCORE: null, SDQ_REASON: null },
      { CHILD: "4", DOB: "29/02/2020", SDQ_REASON: "SDQ1" }, // 4 on 28 February 2024
    ];
    expect(flagsOf(rule188, { OC2 }, { collectionYear: "2023-24" })).toEqual({ OC2: [1] });
  });
  conformanceTests(rule188);
});
