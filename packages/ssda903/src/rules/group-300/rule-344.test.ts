import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule344 } from "./rule-344";

describe("rule 344", () => {
  it("needs ACTIV and ACCOM of 0 when the young person died or returned home", () => {
    const OC3 = [
      { IN_TOUCH: "DIED", ACTIV: "0", ACCOM: "0" },
      { IN_TOUCH: "RHOM", ACTIV: "F1", ACCOM: "0" },
      { IN_TOUCH: "DIED", ACTIV: "0", ACCOM: null },
      { IN_TOUCH: "YES", ACTIV: "F1", ACCOM: "B" },
    ];
    expect(flagsOf(rule344, { OC3 })).toEqual({ OC3: [1, 2] });
  });
  conformanceTests(rule344);
});
