import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule158 } from "./rule-158";

describe("rule 158", () => {
  it("flags an offered answer after an intervention was received", () => {
    const OC2 = [
      { CHILD: "1", INTERVENTION_RECEIVED: "1", INTERVENTION_OFFERED: null },
      { CHILD: "2", INTERVENTION_RECEIVED: "1", INTERVENTION_OFFERED: "0" },
      { CHILD: "3", INTERVENTION_RECEIVED: "0", INTERVENTION_OFFERED: "1" },
    ];
    expect(flagsOf(rule158, { OC2 })).toEqual({ OC2: [1] });
  });
  conformanceTests(rule158);
});
