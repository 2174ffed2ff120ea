import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule382 } from "./rule-382";

describe("rule 382", () => {
  it("flags V3/V4 in T0–T4", () => {
    const Episodes = [
      { LS: "V3", PLACE: "T0" },
      { LS: "V4", PLACE: "T4" },
      { LS: "V3", PLACE: "U1" },
      { LS: "C2", PLACE: "T1" },
    ];
    expect(flagsOf(rule382, { Episodes })).toEqual({ Episodes: [0, 1] });
  });
  conformanceTests(rule382);
});
