import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule192 } from "./rule-192";

describe("rule 192", () => {
  it("needs the received answer when misuse was identified", () => {
    const OC2 = [
      { CHILD: "1", SUBSTANCE_MISUSE: "1", INTERVENTION_RECEIVED: null },
      { CHILD: "2", SUBSTANCE_MISUSE: "1", INTERVENTION_RECEIVED: "0" },
      { CHILD: "3", SUBSTANCE_MISUSE: "0", INTERVENTION_RECEIVED: null },
    ];
    expect(flagsOf(rule192, { OC2 })).toEqual({ OC2: [0] });
  });
  conformanceTests(rule192);
});
