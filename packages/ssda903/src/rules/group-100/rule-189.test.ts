import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule189 } from "./rule-189";

describe("rule 189", () => {
  it("flags SDQ items for a young person whose 17th birthday was before 1 April", () => {
    const OC2 = [
      { CHILD: "1", DOB: "31/03/2006", SDQ_SCORE: "10" }, // 17 on 31 March 2023: flagged
      { CHILD: "2", DOB: "01/04/2006", SDQ_SCORE: "10" }, // 17 on 1 April 2023: not flagged
      { CHILD: "3", DOB: "01/04/2000", SDQ_SCORE: null },
    ];
    expect(flagsOf(rule189, { OC2 }, { collectionYear: "2023-24" })).toEqual({ OC2: [0] });
  });
  conformanceTests(rule189);
});
