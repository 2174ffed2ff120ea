import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule197a } from "./rule-197a";

describe("rule 197a", () => {
  it("flags a score and a reason given together", () => {
    const OC2 = [
      { CHILD: "1", SDQ_SCORE: "10", SDQ_REASON: "SDQ1" },
      { CHILD: "2", SDQ_SCORE: "10", SDQ_REASON: null },
      { CHILD: "3", SDQ_SCORE: null, SDQ_REASON: "SDQ1" },
    ];
    expect(flagsOf(rule197a, { OC2 })).toEqual({ OC2: [0] });
  });
  conformanceTests(rule197a);
});
