import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule186 } from "./rule-186";

describe("rule 186", () => {
  it("flags a missing score for looked-after children 4 on 1 April to under 17 on 31 March (2023-24)", () => {
    const Episodes = ["a", "b", "c", "d"].map((CHILD) => ({ CHILD, DECOM: "01/01/2019", RNE: "S" }));
    const OC2 = [
      { CHILD: "a", DOB: "01/04/2019", SDQ_SCORE: null, SDQ_REASON: "SDQ2" }, // a reason is enough
      { CHILD: "a", DOB: "01/04/2019", SDQ_SCORE: null }, // 4 on 1 April: flagged
      { CHILD: "b", DOB: "02/04/2019", SDQ_SCORE: null }, // not yet 4
      { CHILD: "c", DOB: "01/04/2007", SDQ_SCORE: null }, // 17 on 1 April 2024: still under 17 on 31 March
      { CHILD: "d", DOB: "31/03/2007", SDQ_SCORE: null }, // 17 on 31 March: not flagged
    ];
    expect(flagsOf(rule186, { Episodes, OC2 }, { collectionYear: "2023-24" })).toEqual({ OC2: [1, 3] });
  });
  conformanceTests(rule186);
});
