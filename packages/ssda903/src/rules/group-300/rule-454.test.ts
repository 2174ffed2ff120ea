import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule454 } from "./rule-454";

describe("rule 454", () => {
  it("flags over 350 miles except 999.9", () => {
    const Episodes = ["350", "350.1", "999.9", "999", null, "abc"].map((PL_DISTANCE) => ({ PL_DISTANCE }));
    expect(flagsOf(rule454, { Episodes }, { collectionYear: "2025-26" })).toEqual({ Episodes: [1, 3] });
  });
  conformanceTests(rule454);
});
