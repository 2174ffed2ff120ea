import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule222 } from "./rule-222";

describe("rule 222", () => {
  const Episodes = [
    { CHILD: "1", PLACE: "R1", URN: "SC1" },
    { CHILD: "2", PLACE: "R1", URN: "XXXXXXX" },
    { CHILD: "3", PLACE: "U1", URN: "SC1" },
    { CHILD: "4", PLACE: "H5", URN: "SC1" },
    { CHILD: "5", PLACE: "P2", URN: "SC1" },
    { CHILD: "6", PLACE: "Z11", URN: "SC1" },
  ];
  it("follows the placement types of each year", () => {
    expect(flagsOf(rule222, { Episodes }, { collectionYear: "2022-23" })).toEqual({ Episodes: [0, 3, 4] });
    expect(flagsOf(rule222, { Episodes }, { collectionYear: "2023-24" })).toEqual({ Episodes: [0, 4] });
    expect(flagsOf(rule222, { Episodes }, { collectionYear: "2024-25" })).toEqual({ Episodes: [0] });
    expect(flagsOf(rule222, { Episodes }, { collectionYear: "2025-26" })).toEqual({ Episodes: [0, 5] });
  });
  conformanceTests(rule222);
});
