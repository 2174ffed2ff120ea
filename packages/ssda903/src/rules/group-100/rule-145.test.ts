import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule145 } from "./rule-145";

describe("rule 145", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const Episodes = ["N1", "N8", "N0", "n8", "", null].map((v, i) => ({ CHILD: String(i), CIN: v }));
    expect(flagsOf(rule145, { Episodes })).toEqual({ Episodes: [2, 3, 4] });
  });
  conformanceTests(rule145);
});
