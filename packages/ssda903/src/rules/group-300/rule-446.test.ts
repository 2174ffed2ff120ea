import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule446 } from "./rule-446";

describe("rule 446", () => {
  it("flags E1 starting 30 November 2005 and allows 1 December 2005", () => {
    const Episodes = [
      { LS: "E1", DECOM: "30/11/2005" },
      { LS: "E1", DECOM: "01/12/2005" },
      { LS: "D1", DECOM: "30/11/2005" },
    ];
    expect(flagsOf(rule446, { Episodes })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule446);
});
