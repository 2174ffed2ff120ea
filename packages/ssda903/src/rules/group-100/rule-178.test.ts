import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule178 } from "./rule-178";

describe("rule 178", () => {
  const Episodes = [
    { CHILD: "1", PLACE: "U1", PLACE_PROVIDER: "PR1" },
    { CHILD: "2", PLACE: "U1", PLACE_PROVIDER: "pr1" },
    { CHILD: "3", PLACE: "T0", PLACE_PROVIDER: "PR1" },
    { CHILD: "4", PLACE: "T4", PLACE_PROVIDER: "PR1" },
    { CHILD: "5", PLACE: "Z12", PLACE_PROVIDER: "PR1" },
    { CHILD: "6", PLACE: "T1", PLACE_PROVIDER: null },
  ];
  it("up to 2024-25, T4 has no provider", () => {
    expect(flagsOf(rule178, { Episodes }, { collectionYear: "2024-25" })).toEqual({ Episodes: [1, 2, 3] });
  });
  it("from 2025-26, Z11-Z14 have no provider and T4 may have one", () => {
    expect(flagsOf(rule178, { Episodes }, { collectionYear: "2025-26" })).toEqual({ Episodes: [1, 2, 4] });
  });
  conformanceTests(rule178);
});
