import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule189 } from "./rule-189";

describe("rule 189", () => {
  it("flags SDQ items for a young person 17 on or before 1 April", () => {
    const OC2 = [
      { CHILD: "1", DOB: "01/04/2006", SDQ_SCORE: "10" }, // 17 on 1 April 2023: flagged
      { CHILD: "2", DOB: "02/04/2006", SDQ_SCORE: "10" },
      { CHILD: "3", DOB: "01/04/2000", SDQ_SCORE: null },
    ];
    expect(flagsOf(rule189, { OC2 }, { collectionYear: "2023-24" })).toEqual({ OC2: [0] });
  });
  conformanceTests(rule189);
});
