import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule356 } from "./rule-356";

describe("rule 356", () => {
  it("flags an end the day before the start, not the same day", () => {
    const Episodes = [
      { DECOM: "01/03/2024", DEC: "29/02/2024" },
      { DECOM: "01/03/2024", DEC: "01/03/2024" },
      { DECOM: "01/03/2024", DEC: null },
    ];
    expect(flagsOf(rule356, { Episodes })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule356);
});
