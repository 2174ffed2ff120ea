import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule408 } from "./rule-408";

describe("rule 408", () => {
  it("needs LS E1 in A5/A6", () => {
    const Episodes = [
      { PLACE: "A5", LS: "E1" },
      { PLACE: "A6", LS: "C2" },
      { PLACE: "A5", LS: null },
      { PLACE: "A3", LS: "C2" },
    ];
    expect(flagsOf(rule408, { Episodes })).toEqual({ Episodes: [1, 2] });
  });
  conformanceTests(rule408);
});
