import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule361 } from "./rule-361";

describe("rule 361", () => {
  it("joins L1 episodes that run into each other and flags a spell over 3 days", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "27/02/2024", DEC: "29/02/2024", LS: "L1" },
      { CHILD: "a", DECOM: "29/02/2024", DEC: "01/03/2024", LS: "L1" },
      { CHILD: "b", DECOM: "27/02/2024", DEC: "29/02/2024", LS: "L1" },
      { CHILD: "b", DECOM: "29/02/2024", DEC: "02/03/2024", LS: "L1" },
      { CHILD: "c", DECOM: "28/03/2024", DEC: null, LS: "L1" },
    ];
    // a: 27 Feb to 1 Mar 2024 is 3 days (leap year); b: 4 days; c: open to 31 March, 3 days.
    expect(flagsOf(rule361, { Episodes }, { collectionYear: "2023-24" })).toEqual({ Episodes: [2, 3] });
  });
  conformanceTests(rule361);
});
