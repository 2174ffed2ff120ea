import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule146 } from "./rule-146";

describe("rule 146", () => {
  it("accepts the listed codes exactly as written and flags the rest", () => {
    const Episodes = ["K3", "Z14", "H5", "Z1", "t3", "", null].map((v, i) => ({
      CHILD: String(i),
      PLACE: v,
    }));
    expect(flagsOf(rule146, { Episodes }, { collectionYear: "2025-26" })).toEqual({ Episodes: [2, 3, 4, 5] });
  });
  it("in 2024-25 takes the year's codes from the code list: K3 valid, H5 and P2 retired (a listed deviation)", () => {
    const Episodes = ["K3", "H5", "P2", "U1"].map((v, i) => ({ CHILD: String(i), PLACE: v }));
    expect(flagsOf(rule146, { Episodes }, { collectionYear: "2024-25" })).toEqual({ Episodes: [1, 2] });
    expect(flagsOf(rule146, { Episodes }, { collectionYear: "2023-24" })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule146);
});
