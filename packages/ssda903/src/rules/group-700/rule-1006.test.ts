import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1006 } from "./rule-1006";

describe("rule 1006", () => {
  it("accepts M, A and blank, and flags other codes including lower case and empty text", () => {
    const Missing = ["M", "A", "m", "AWAY", "", null].map((MISSING) => ({ CHILD: "1", MISSING }));
    expect(flagsOf(rule1006, { Missing })).toEqual({ Missing: [2, 3, 4] });
  });
  conformanceTests(rule1006);
});
