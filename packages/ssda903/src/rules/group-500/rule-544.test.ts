import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule544 } from "./rule-544";

describe("rule 544", () => {
  it("flags a 1 in CONVICTED when any other health field is blank", () => {
    const full = { IMMUNISATIONS: "1", TEETH_CHECK: "0", HEALTH_ASSESSMENT: "1", SUBSTANCE_MISUSE: "0" };
    const OC2 = [
      { ...full, CONVICTED: "1" },
      { ...full, CONVICTED: "1", TEETH_CHECK: null },
      { ...full, CONVICTED: "0", SUBSTANCE_MISUSE: null },
      { CONVICTED: null },
      { CONVICTED: "1" },
    ];
    expect(flagsOf(rule544, { OC2 })).toEqual({ OC2: [1, 4] });
  });
  conformanceTests(rule544);
});
