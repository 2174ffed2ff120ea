import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule355 } from "./rule-355";

describe("rule 355", () => {
  it("flags an episode ending on its start day", () => {
    const Episodes = [
      { DECOM: "29/02/2024", DEC: "29/02/2024" },
      { DECOM: "29/02/2024", DEC: "01/03/2024" },
      { DECOM: "29/02/2024", DEC: null },
    ];
    expect(flagsOf(rule355, { Episodes })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule355);
});
