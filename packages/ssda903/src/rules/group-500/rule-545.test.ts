import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule545 } from "./rule-545";

describe("rule 545", () => {
  it("flags a missing health check for a child whose 5th birthday is after 31 March", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2020", DEC: null, RNE: "S", LS: "C2", REC: null },
      { CHILD: "2", DECOM: "01/01/2020", DEC: null, RNE: "S", LS: "C2", REC: null },
      { CHILD: "3", DECOM: "01/01/2020", DEC: null, RNE: "S", LS: "C2", REC: null },
      { CHILD: "4", DECOM: "01/05/2023", DEC: null, RNE: "S", LS: "C2", REC: null },
    ];
    const OC2 = [
      { CHILD: "1", DOB: "01/04/2019", HEALTH_CHECK: null },
      { CHILD: "2", DOB: "31/03/2019", HEALTH_CHECK: null },
      { CHILD: "3", DOB: "29/02/2020", HEALTH_CHECK: "1" },
      { CHILD: "4", DOB: "01/01/2020", HEALTH_CHECK: null },
    ];
    expect(flagsOf(rule545, { OC2, Episodes }, { collectionYear: "2023-24" })).toEqual({ OC2: [0] });
  });
  conformanceTests(rule545);
});
