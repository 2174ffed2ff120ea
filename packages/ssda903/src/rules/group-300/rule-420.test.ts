import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule420 } from "./rule-420";

describe("rule 420", () => {
  it("flags PL_LA on V3/V4", () => {
    const Episodes = [
      { LS: "V3", PL_LA: "E09000027" },
      { LS: "V4", PL_LA: null },
      { LS: "C2", PL_LA: "E09000027" },
    ];
    expect(flagsOf(rule420, { Episodes })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule420);
});
