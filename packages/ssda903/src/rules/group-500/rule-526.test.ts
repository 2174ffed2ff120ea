import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule526 } from "./rule-526";

describe("rule 526", () => {
  it("exempts Z1 up to 2024-25 and Z11-Z14 from 2025-26", () => {
    const Episodes = [
      { PLACE: "Z1", PLACE_PROVIDER: null },
      { PLACE: "Z12", PLACE_PROVIDER: null },
      { PLACE: "T2", PLACE_PROVIDER: null },
      { PLACE: "U1", PLACE_PROVIDER: null },
      { PLACE: "U1", PLACE_PROVIDER: "PR1" },
    ];
    expect(flagsOf(rule526, { Episodes }, { collectionYear: "2024-25" })).toEqual({ Episodes: [1, 3] });
    expect(flagsOf(rule526, { Episodes }, { collectionYear: "2025-26" })).toEqual({ Episodes: [0, 3] });
  });
  conformanceTests(rule526);
});
