import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule384 } from "./rule-384";

describe("rule 384", () => {
  it("flags V3/V4 in U1/U4 only", () => {
    const Episodes = [
      { LS: "V3", PLACE: "U1" },
      { LS: "V4", PLACE: "U4" },
      { LS: "V4", PLACE: "U2" },
      { LS: "C2", PLACE: "U1" },
    ];
    expect(flagsOf(rule384, { Episodes })).toEqual({ Episodes: [0, 1] });
  });
  conformanceTests(rule384);
});
