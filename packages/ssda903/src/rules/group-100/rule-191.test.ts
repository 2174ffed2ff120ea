import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule191 } from "./rule-191";

describe("rule 191", () => {
  it("flags incomplete OC2 records and looked-after children with none", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2020", RNE: "S", DEC: "01/01/2021", REC: "X1" },
      { CHILD: "1", DECOM: "01/01/2021", RNE: "P", DEC: null },
      { CHILD: "2", DECOM: "01/06/2021", RNE: "P", DEC: null },
      { CHILD: "2", DECOM: "01/01/2020", RNE: "S", DEC: "01/06/2021", REC: "X1" },
      { CHILD: "3", DECOM: "01/01/2020", RNE: "S", DEC: null },
    ];
    const full = { IMMUNISATIONS: "1", TEETH_CHECK: "1", HEALTH_ASSESSMENT: "1", SUBSTANCE_MISUSE: "0" };
    const OC2 = [
      { CHILD: "1", ...full },
      { CHILD: "3", ...full, TEETH_CHECK: null },
    ];
    expect(flagsOf(rule191, { Episodes, OC2 }, { collectionYear: "2023-24" })).toEqual({
      OC2: [1],
      Episodes: [3],
    });
  });
  conformanceTests(rule191);
});
