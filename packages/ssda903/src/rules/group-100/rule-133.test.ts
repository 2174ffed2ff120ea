import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule133 } from "./rule-133";

describe("rule 133", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const OC3 = ["B1", "0", "S1", "X", "", null].map((v, i) => ({ CHILD: String(i), ACCOM: v }));
    expect(flagsOf(rule133, { OC3 })).toEqual({ OC3: [2, 3, 4, 5] });
  });
  conformanceTests(rule133);
});
