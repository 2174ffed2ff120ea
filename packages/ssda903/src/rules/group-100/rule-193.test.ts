import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule193 } from "./rule-193";

describe("rule 193", () => {
  it("flags intervention answers without a misuse problem", () => {
    const OC2 = [
      { CHILD: "1", SUBSTANCE_MISUSE: "0", INTERVENTION_RECEIVED: "0" },
      { CHILD: "2", SUBSTANCE_MISUSE: null, INTERVENTION_OFFERED: "1" },
      { CHILD: "3", SUBSTANCE_MISUSE: "1", INTERVENTION_RECEIVED: "1" },
      { CHILD: "4", SUBSTANCE_MISUSE: "0" },
    ];
    expect(flagsOf(rule193, { OC2 })).toEqual({ OC2: [0, 1] });
  });
  conformanceTests(rule193);
});
