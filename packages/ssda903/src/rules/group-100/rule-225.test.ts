import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule225 } from "./rule-225";

describe("rule 225", () => {
  it("needs a reason when a placement ends in X1 and the next episode starts a new placement", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "10/04/2022", RNE: "P", REC: "E11", PLACE: "U1" },
      { CHILD: "1", DECOM: "01/04/2022", RNE: "S", REC: "X1", PLACE: "U1", REASON_PLACE_CHANGE: null },
      { CHILD: "2", DECOM: "01/04/2022", RNE: "S", REC: "X1", PLACE: "U1", REASON_PLACE_CHANGE: "CARPL" },
      { CHILD: "2", DECOM: "05/04/2022", RNE: "P", REC: null, PLACE: "U1" },
      { CHILD: "3", DECOM: "01/04/2022", RNE: "S", REC: "X1", PLACE: "U1" },
      { CHILD: "3", DECOM: "05/04/2022", RNE: "P", REC: null, PLACE: "T1" },
      { CHILD: "4", DECOM: "01/04/2022", RNE: "S", REC: "X1", PLACE: "U1" },
      { CHILD: "4", DECOM: "05/04/2022", RNE: "L", REC: null, PLACE: "U1" },
    ];
    expect(flagsOf(rule225, { Episodes })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule225);
});
