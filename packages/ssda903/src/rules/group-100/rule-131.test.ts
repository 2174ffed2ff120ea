import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule131 } from "./rule-131";

describe("rule 131", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const OC3 = ["YES", "RHOM", "yes", "REFUSE", "", null].map((v, i) => ({ CHILD: String(i), IN_TOUCH: v }));
    expect(flagsOf(rule131, { OC3 })).toEqual({ OC3: [2, 3, 4, 5] });
  });
  conformanceTests(rule131);
});
