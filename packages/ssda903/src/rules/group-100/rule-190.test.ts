import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule190 } from "./rule-190";

describe("rule 190", () => {
  it("flags outcome items of a child not looked after all year", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2020", RNE: "S", DEC: null },
      { CHILD: "2", DECOM: "05/05/2023", RNE: "S", DEC: null },
    ];
    const OC2 = [
      { CHILD: "1", CONVICTED: "0" },
      { CHILD: "2", HEALTH_CHECK: "1" },
      { CHILD: "2", HEALTH_CHECK: null },
      { CHILD: "3", TEETH_CHECK: "1" },
    ];
    expect(flagsOf(rule190, { Episodes, OC2 }, { collectionYear: "2023-24" })).toEqual({ OC2: [1, 3] });
  });
  conformanceTests(rule190);
});
