import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule157 } from "./rule-157";

describe("rule 157", () => {
  it("flags SDQ1 for a looked-after child aged 4 on 1 April to 16 on 31 March (2023-24)", () => {
    const Episodes = ["a", "b", "c", "d"].map((CHILD) => ({ CHILD, DECOM: "01/01/2019", RNE: "S" }));
    const OC2 = [
      { CHILD: "a", DOB: "01/04/2019", SDQ_REASON: "SDQ1" }, // 4 on 1 April 2023: flagged
      { CHILD: "b", DOB: "02/04/2019", SDQ_REASON: "SDQ1" }, // 4 only on 2 April
      { CHILD: "c", DOB: "31/03/2008", SDQ_REASON: "SDQ1" }, // 16 on 31 March 2024: flagged
      { CHILD: "d", DOB: "30/03/2008", SDQ_REASON: "SDQ1" }, // 16 the day before 31 March: not flagged
    ];
    expect(flagsOf(rule157, { Episodes, OC2 }, { collectionYear: "2023-24" })).toEqual({ OC2: [0, 2] });
  });
  conformanceTests(rule157);
});
