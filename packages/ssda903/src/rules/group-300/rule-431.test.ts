import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule431 } from "./rule-431";

describe("rule 431", () => {
  it("flags S starting the day the previous episode ended, not the day after", () => {
    const Episodes = [
      { CHILD: "a", RNE: "S", DECOM: "01/02/2024", DEC: "29/02/2024" },
      { CHILD: "a", RNE: "S", DECOM: "29/02/2024", DEC: "10/03/2024" },
      { CHILD: "b", RNE: "S", DECOM: "01/02/2024", DEC: "29/02/2024" },
      { CHILD: "b", RNE: "S", DECOM: "01/03/2024", DEC: null },
    ];
    expect(flagsOf(rule431, { Episodes })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule431);
});
