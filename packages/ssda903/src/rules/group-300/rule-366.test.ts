import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule366 } from "./rule-366";

describe("rule 366", () => {
  it("flags a V3 episode whose reason is not S", () => {
    const Episodes = [
      { LS: "V3", RNE: "S" },
      { LS: "V3", RNE: "P" },
      { LS: "V3", RNE: null },
      { LS: "V4", RNE: "P" },
    ];
    expect(flagsOf(rule366, { Episodes })).toEqual({ Episodes: [1, 2] });
  });
  conformanceTests(rule366);
});
