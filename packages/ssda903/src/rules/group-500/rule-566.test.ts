import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule566 } from "./rule-566";

describe("rule 566", () => {
  it("flags an end date with no MISSING code", () => {
    const Missing = [
      { MISSING: null, MIS_END: "01/02/2024" },
      { MISSING: "A", MIS_END: "01/02/2024" },
      { MISSING: null, MIS_END: null },
    ];
    expect(flagsOf(rule566, { Missing })).toEqual({ Missing: [0] });
  });
  conformanceTests(rule566);
});
