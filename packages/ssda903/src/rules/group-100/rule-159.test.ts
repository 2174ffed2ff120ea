import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule159 } from "./rule-159";

describe("rule 159", () => {
  it("needs the offered answer when misuse was identified and no intervention received", () => {
    const OC2 = [
      { CHILD: "1", SUBSTANCE_MISUSE: "1", INTERVENTION_RECEIVED: "0", INTERVENTION_OFFERED: null },
      { CHILD: "2", SUBSTANCE_MISUSE: "1", INTERVENTION_RECEIVED: "0", INTERVENTION_OFFERED: "1" },
      { CHILD: "3", SUBSTANCE_MISUSE: "1", INTERVENTION_RECEIVED: "1", INTERVENTION_OFFERED: null },
      { CHILD: "4", SUBSTANCE_MISUSE: "0", INTERVENTION_RECEIVED: "0", INTERVENTION_OFFERED: null },
    ];
    expect(flagsOf(rule159, { OC2 })).toEqual({ OC2: [0] });
  });
  conformanceTests(rule159);
});
