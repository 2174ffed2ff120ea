import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule197B } from "./rule-197B";

describe("rule 197B", () => {
  it("flags children turning 4 or 17 between 1 April and 31 March with no score and no reason", () => {
    const Episodes = ["a", "b", "c", "d", "e"].map((CHILD) => ({ CHILD, DECOM: "01/01/2019", RNE: "S" }));
    const OC2 = [
      { CHILD: "a", DOB: "01/04/2019" }, // 4 on 1 April 2023
      { CHILD: "b", DOB: "31/03/2019" }, // 4 on 31 March 2023: before the year
      { CHILD: "c", DOB: "31/03/2007" }, // 17 on 31 March 2024
      { CHILD: "d", DOB: "01/04/2007" }, // 17 on 1 April 2024: after the year
      { CHILD: "e", DOB: "01/04/2019", SDQ_REASON: "SDQ2" },
    ];
    expect(flagsOf(rule197B, { Episodes, OC2 }, { collectionYear: "2023-24" })).toEqual({ OC2: [0, 2] });
  });
  conformanceTests(rule197B);
});
