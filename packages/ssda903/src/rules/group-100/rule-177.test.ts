import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule177 } from "./rule-177";

describe("rule 177", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const AD1 = ["L0", "L12", "L1", "l2", "", null].map((v, i) => ({ CHILD: String(i), LS_ADOPTR: v }));
    expect(flagsOf(rule177, { AD1 })).toEqual({ AD1: [2, 3, 4] });
  });
  conformanceTests(rule177);
});
