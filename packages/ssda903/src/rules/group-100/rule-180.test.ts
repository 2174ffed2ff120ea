import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule180 } from "./rule-180";

describe("rule 180", () => {
  it("accepts whole scores 0 to 40 and blanks; flags 41, -1, fractions, words and empty text", () => {
    const OC2 = ["0", "40", "20.0", null, "41", "-1", "39.5", "XX", ""].map((SDQ_SCORE, i) => ({
      CHILD: String(i),
      SDQ_SCORE,
    }));
    expect(flagsOf(rule180, { OC2 })).toEqual({ OC2: [4, 5, 6, 7, 8] });
  });
  conformanceTests(rule180);
});
