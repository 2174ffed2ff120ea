import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule432 } from "./rule-432";

describe("rule 432", () => {
  it("needs S after an episode that ended care", () => {
    const Episodes = [
      { CHILD: "a", RNE: "S", DECOM: "01/02/2024", REC: "E4A" },
      { CHILD: "a", RNE: "P", DECOM: "01/03/2024", REC: "X1" },
      { CHILD: "a", RNE: "P", DECOM: "05/03/2024", REC: null },
      { CHILD: "b", RNE: "S", DECOM: "01/02/2024", REC: "E13" },
      { CHILD: "b", RNE: "S", DECOM: "01/03/2024", REC: null },
    ];
    expect(flagsOf(rule432, { Episodes })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule432);
});
