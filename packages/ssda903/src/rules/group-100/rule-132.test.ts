import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule132 } from "./rule-132";

describe("rule 132", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const OC3 = ["F1", "0", "f1", "1", "", null].map((v, i) => ({ CHILD: String(i), ACTIV: v }));
    expect(flagsOf(rule132, { OC3 })).toEqual({ OC3: [2, 3, 4, 5] });
  });
  conformanceTests(rule132);
});
