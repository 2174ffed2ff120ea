import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule565 } from "./rule-565";

describe("rule 565", () => {
  it("flags a start date with no MISSING code", () => {
    const Missing = [
      { MISSING: null, MIS_START: "01/02/2024" },
      { MISSING: "M", MIS_START: "01/02/2024" },
      { MISSING: null, MIS_START: null },
    ];
    expect(flagsOf(rule565, { Missing })).toEqual({ Missing: [0] });
  });
  conformanceTests(rule565);
});
