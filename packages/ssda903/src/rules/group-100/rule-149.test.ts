import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule149 } from "./rule-149";

describe("rule 149", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const Episodes = ["E4A", "X1", "E4b", "X", "", null].map((v, i) => ({ CHILD: String(i), REC: v }));
    expect(flagsOf(rule149, { Episodes })).toEqual({ Episodes: [2, 3, 4] });
  });
  conformanceTests(rule149);
});
