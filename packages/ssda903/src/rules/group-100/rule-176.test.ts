import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule176 } from "./rule-176";

describe("rule 176", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const AD1 = ["M1", "MF", "m1", "1", "", null].map((v, i) => ({ CHILD: String(i), SEX_ADOPTR: v }));
    expect(flagsOf(rule176, { AD1 })).toEqual({ AD1: [2, 3, 4] });
  });
  conformanceTests(rule176);
});
