import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule185 } from "./rule-185";

describe("rule 185", () => {
  it("flags SDQ_SCORE for a child not looked after for the whole year", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2020", RNE: "S", DEC: null },
      { CHILD: "2", DECOM: "02/04/2023", RNE: "S", DEC: null },
    ];
    const OC2 = [
      { CHILD: "1", SDQ_SCORE: "12" },
      { CHILD: "2", SDQ_SCORE: "12" },
      { CHILD: "3", SDQ_SCORE: "12" },
      { CHILD: "2", SDQ_SCORE: null },
    ];
    expect(flagsOf(rule185, { Episodes, OC2 }, { collectionYear: "2023-24" })).toEqual({ OC2: [1, 2] });
  });
  conformanceTests(rule185);
});
