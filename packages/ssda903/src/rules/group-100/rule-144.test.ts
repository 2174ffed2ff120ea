import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule144 } from "./rule-144";

describe("rule 144", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const Episodes = ["C1", "J3", "c1", "section 20", "", null].map((v, i) => ({ CHILD: String(i), LS: v }));
    expect(flagsOf(rule144, { Episodes })).toEqual({ Episodes: [2, 3, 4] });
  });
  conformanceTests(rule144);
});
