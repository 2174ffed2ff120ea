import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule546 } from "./rule-546";

describe("rule 546", () => {
  it("flags a health check for a child who turned 5 on or before 31 March", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2020", DEC: null, RNE: "S", LS: "C2", REC: null },
      { CHILD: "2", DECOM: "01/01/2020", DEC: null, RNE: "S", LS: "C2", REC: null },
      { CHILD: "3", DECOM: "01/01/2020", DEC: null, RNE: "S", LS: "C2", REC: null },
      { CHILD: "4", DECOM: "01/05/2023", DEC: null, RNE: "S", LS: "C2", REC: null },
    ];
    const OC2 = [
      { CHILD: "1", DOB: "31/03/2019", HEALTH_CHECK: "1" },
      { CHILD: "2", DOB: "01/04/2019", HEALTH_CHECK: "1" },
      { CHILD: "3", DOB: "29/02/2016", HEALTH_CHECK: null },
      { CHILD: "4", DOB: "01/01/2010", HEALTH_CHECK: "1" },
    ];
    expect(flagsOf(rule546, { OC2, Episodes }, { collectionYear: "2023-24" })).toEqual({ OC2: [0] });
  });
  conformanceTests(rule546);
});
