import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule564 } from "./rule-564";

describe("rule 564", () => {
  it("flags M or A records without a start date", () => {
    const Missing = [
      { MISSING: "M", MIS_START: null },
      { MISSING: "a", MIS_START: null },
      { MISSING: "A", MIS_START: "01/02/2024" },
      { MISSING: null, MIS_START: null },
      { MISSING: "X", MIS_START: null },
    ];
    expect(flagsOf(rule564, { Missing })).toEqual({ Missing: [0, 1] });
  });
  conformanceTests(rule564);
});
