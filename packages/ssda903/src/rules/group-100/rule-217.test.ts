import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule217 } from "./rule-217";

describe("rule 217", () => {
  it("applies from 1 April 2015 to A3 and A5 placements", () => {
    const Episodes = [
      { CHILD: "1", PLACE: "A3", DECOM: "31/03/2015", RNE: "P" },
      { CHILD: "2", PLACE: "A3", DECOM: "01/04/2015", RNE: "P" },
      { CHILD: "3", PLACE: "A5", DECOM: "29/02/2016", RNE: "T" },
      { CHILD: "4", PLACE: "A4", DECOM: "01/05/2016", RNE: "P" },
      { CHILD: "5", PLACE: "A5", DECOM: "01/05/2016", RNE: null },
    ];
    expect(flagsOf(rule217, { Episodes })).toEqual({ Episodes: [1, 4] });
  });
  conformanceTests(rule217);
});
