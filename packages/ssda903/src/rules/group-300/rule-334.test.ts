import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule334 } from "./rule-334";

describe("rule 334", () => {
  it("compares the decision date with the latest S episode: the day before fails, the same day passes", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "01/01/2020", RNE: "S" },
      { CHILD: "a", DECOM: "29/02/2024", RNE: "S" },
      { CHILD: "a", DECOM: "01/06/2024", RNE: "P" },
      { CHILD: "b", DECOM: "29/02/2024", RNE: "S" },
    ];
    const AD1 = [
      { CHILD: "a", DATE_INT: "28/02/2024" },
      { CHILD: "b", DATE_INT: "29/02/2024" },
    ];
    expect(flagsOf(rule334, { Episodes, AD1 })).toEqual({ Episodes: [1], AD1: [0] });
  });
  conformanceTests(rule334);
});
