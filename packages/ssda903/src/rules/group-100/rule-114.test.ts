import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule114 } from "./rule-114";

describe("rule 114", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const AD1 = ["0", "1", "2", "yes", "", null].map((v, i) => ({ CHILD: String(i), FOSTER_CARE: v }));
    expect(flagsOf(rule114, { AD1 })).toEqual({ AD1: [2, 3, 4] });
  });
  conformanceTests(rule114);
});
