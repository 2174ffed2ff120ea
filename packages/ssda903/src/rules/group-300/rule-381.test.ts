import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule381 } from "./rule-381";

describe("rule 381", () => {
  it("flags a temporary placement ending other than with X1", () => {
    const Episodes = [
      { PLACE: "T1", REC: "E8" },
      { PLACE: "T4", REC: "X1" },
      { PLACE: "T0", REC: null },
      { PLACE: "U1", REC: "E8" },
    ];
    expect(flagsOf(rule381, { Episodes })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule381);
});
