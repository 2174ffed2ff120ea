import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule213 } from "./rule-213";

describe("rule 213", () => {
  const Episodes = [
    { CHILD: "1", PLACE: "T2", PLACE_PROVIDER: "PR2" },
    { CHILD: "2", PLACE: "T2", PLACE_PROVIDER: null },
    { CHILD: "3", PLACE: "U1", PLACE_PROVIDER: "PR2" },
    { CHILD: "4", PLACE: "Z13", PLACE_PROVIDER: "PR2" },
  ];
  it("flags a provider on a temporary placement", () => {
    expect(flagsOf(rule213, { Episodes }, { collectionYear: "2024-25" })).toEqual({ Episodes: [0] });
  });
  it("from 2025-26 also on Z11-Z14", () => {
    expect(flagsOf(rule213, { Episodes }, { collectionYear: "2025-26" })).toEqual({ Episodes: [0, 3] });
  });
  conformanceTests(rule213);
});
