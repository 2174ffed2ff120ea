import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule364 } from "./rule-364";

describe("rule 364", () => {
  it("flags J2 held for 22 days, not 21, and counts an open episode to the year end", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "08/02/2024", DEC: "29/02/2024", LS: "J2" },
      { CHILD: "b", DECOM: "08/02/2024", DEC: "01/03/2024", LS: "J2" },
      { CHILD: "c", DECOM: "01/03/2024", DEC: null, LS: "J2" },
    ];
    expect(flagsOf(rule364, { Episodes }, { collectionYear: "2023-24" })).toEqual({ Episodes: [1, 2] });
  });
  conformanceTests(rule364);
});
