import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule378 } from "./rule-378";

describe("rule 378", () => {
  it("flags P1 with V2 only", () => {
    const Episodes = [
      { PLACE: "P1", LS: "V2" },
      { PLACE: "P1", LS: "C2" },
      { PLACE: "U1", LS: "V2" },
    ];
    expect(flagsOf(rule378, { Episodes })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule378);
});
