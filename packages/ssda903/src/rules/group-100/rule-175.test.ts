import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule175 } from "./rule-175";

describe("rule 175", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const AD1 = ["1", "2", "0", "3", "", null].map((v, i) => ({ CHILD: String(i), NB_ADOPTR: v }));
    expect(flagsOf(rule175, { AD1 })).toEqual({ AD1: [2, 3, 4] });
  });
  conformanceTests(rule175);
});
