import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule380 } from "./rule-380";

describe("rule 380", () => {
  it("flags a temporary placement whose reason is not P or B", () => {
    const Episodes = [
      { PLACE: "T1", RNE: "S" },
      { PLACE: "T4", RNE: "P" },
      { PLACE: "T0", RNE: "B" },
      { PLACE: "T2", RNE: null },
      { PLACE: "U1", RNE: "S" },
    ];
    expect(flagsOf(rule380, { Episodes })).toEqual({ Episodes: [0, 3] });
  });
  conformanceTests(rule380);
});
