import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule556 } from "./rule-556";

describe("rule 556", () => {
  it("flags a decision after the freeing order started", () => {
    const Episodes = [
      { CHILD: "1", LS: "D1", DECOM: "29/02/2024" },
      { CHILD: "2", LS: "D1", DECOM: "29/02/2024" },
      { CHILD: "3", LS: "C2", DECOM: "29/02/2024" },
    ];
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "01/03/2024" },
      { CHILD: "2", DATE_PLACED: "29/02/2024" },
      { CHILD: "3", DATE_PLACED: "01/03/2024" },
    ];
    expect(flagsOf(rule556, { Episodes, PlacedAdoption }, { collectionYear: "2023-24" })).toEqual({
      Episodes: [0],
    });
  });
  conformanceTests(rule556);
});
