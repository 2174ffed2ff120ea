import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule547 } from "./rule-547";

describe("rule 547", () => {
  it("flags a 1 in HEALTH_CHECK when any other health field is blank", () => {
    const full = { IMMUNISATIONS: "1", TEETH_CHECK: "0", HEALTH_ASSESSMENT: "1", SUBSTANCE_MISUSE: "0" };
    const OC2 = [
      { ...full, HEALTH_CHECK: "1" },
      { ...full, HEALTH_CHECK: "1", TEETH_CHECK: null },
      { ...full, HEALTH_CHECK: "0", SUBSTANCE_MISUSE: null },
      { HEALTH_CHECK: null },
      { HEALTH_CHECK: "1" },
    ];
    expect(flagsOf(rule547, { OC2 })).toEqual({ OC2: [1, 4] });
  });
  conformanceTests(rule547);
});
