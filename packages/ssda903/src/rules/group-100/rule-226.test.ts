import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule226 } from "./rule-226";

describe("rule 226", () => {
  it("flags a temporary placement with a reason, or after an episode with one", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "11/01/2023", PLACE: "T1", REASON_PLACE_CHANGE: null },
      { CHILD: "1", DECOM: "01/01/2023", PLACE: "U1", REASON_PLACE_CHANGE: "CARPL" },
      { CHILD: "2", DECOM: "01/01/2023", PLACE: "T2", REASON_PLACE_CHANGE: "CARPL" },
      { CHILD: "3", DECOM: "01/01/2023", PLACE: "T3", REASON_PLACE_CHANGE: null },
      { CHILD: "3", DECOM: "02/01/2023", PLACE: "U1", REASON_PLACE_CHANGE: "CARPL" },
    ];
    expect(flagsOf(rule226, { Episodes })).toEqual({ Episodes: [0, 2] });
  });
  conformanceTests(rule226);
});
