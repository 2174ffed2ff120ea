import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule433 } from "./rule-433";

describe("rule 433", () => {
  it("needs a continuation episode to start the day the previous one ended", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "01/02/2024", RNE: "S", DEC: "29/02/2024" },
      { CHILD: "a", DECOM: "29/02/2024", RNE: "P", DEC: "05/03/2024" },
      { CHILD: "a", DECOM: "06/03/2024", RNE: "L", DEC: null },
      { CHILD: "b", DECOM: "06/03/2024", RNE: "P", DEC: null },
    ];
    expect(flagsOf(rule433, { Episodes })).toEqual({ Episodes: [2] });
  });
  conformanceTests(rule433);
});
