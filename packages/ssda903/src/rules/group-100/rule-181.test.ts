import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule181 } from "./rule-181";

describe("rule 181", () => {
  it("accepts 0, 1 and blanks; flags any other value in any item", () => {
    const OC2 = [
      { CHILD: "1", CONVICTED: "0", HEALTH_CHECK: "1", INTERVENTION_OFFERED: null },
      { CHILD: "2", CONVICTED: "2" },
      { CHILD: "3", TEETH_CHECK: "yes" },
      { CHILD: "4", INTERVENTION_OFFERED: "1.0" },
    ];
    expect(flagsOf(rule181, { OC2 })).toEqual({ OC2: [1, 2, 3] });
  });
  conformanceTests(rule181);
});
