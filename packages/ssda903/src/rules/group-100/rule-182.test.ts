import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule182 } from "./rule-182";

describe("rule 182", () => {
  it("needs the four core items when any other item is given", () => {
    const core = { IMMUNISATIONS: "1", TEETH_CHECK: "1", HEALTH_ASSESSMENT: "1", SUBSTANCE_MISUSE: "0" };
    const OC2 = [
      { CHILD: "1", ...core, CONVICTED: "0" },
      { CHILD: "2", CONVICTED: "0" },
      { CHILD: "3", ...core, TEETH_CHECK: null, HEALTH_CHECK: "1" },
      { CHILD: "4", TEETH_CHECK: "1" },
      { CHILD: "5" },
    ];
    expect(flagsOf(rule182, { OC2 })).toEqual({ OC2: [1, 2] });
  });
  conformanceTests(rule182);
});
