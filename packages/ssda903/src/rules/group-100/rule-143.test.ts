import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule143 } from "./rule-143";

describe("rule 143", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const Episodes = ["S", "B", "p", "SP", "", null].map((v, i) => ({ CHILD: String(i), RNE: v }));
    expect(flagsOf(rule143, { Episodes })).toEqual({ Episodes: [2, 3, 4] });
  });
  conformanceTests(rule143);
});
