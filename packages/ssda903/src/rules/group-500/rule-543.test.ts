import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule543 } from "./rule-543";

describe("rule 543", () => {
  it("flags missing convictions only for children continuously looked after and over 10", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2020", DEC: null, RNE: "S", LS: "C2", REC: null },
      { CHILD: "2", DECOM: "01/01/2020", DEC: null, RNE: "S", LS: "C2", REC: null },
      { CHILD: "3", DECOM: "01/01/2020", DEC: null, RNE: "S", LS: "C2", REC: null },
      { CHILD: "4", DECOM: "01/05/2023", DEC: null, RNE: "S", LS: "C2", REC: null },
    ];
    const OC2 = [
      { CHILD: "1", DOB: "30/03/2014", CONVICTED: null },
      { CHILD: "2", DOB: "31/03/2014", CONVICTED: null },
      { CHILD: "3", DOB: "29/02/2012", CONVICTED: "0" },
      { CHILD: "4", DOB: "01/01/2010", CONVICTED: null },
      { CHILD: "5", DOB: "01/01/2010", CONVICTED: null },
    ];
    expect(flagsOf(rule543, { OC2, Episodes }, { collectionYear: "2023-24" })).toEqual({ OC2: [0] });
  });
  conformanceTests(rule543);
});
