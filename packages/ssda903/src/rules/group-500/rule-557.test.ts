import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule557 } from "./rule-557";

describe("rule 557", () => {
  it("flags unadopted leavers without a completed end of the decision; D1 counts only up to 2023-24", () => {
    const Episodes = [
      { CHILD: "1", PLACE: "A3", LS: "E1", REC: "E4A" },
      { CHILD: "2", PLACE: "U1", LS: "D1", REC: "E4A" },
      { CHILD: "3", PLACE: "A3", LS: "E1", REC: "E11" },
      { CHILD: "4", PLACE: "A4", LS: "E1", REC: "E4A" },
    ];
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED_CEASED: "01/03/2024", REASON_PLACED_CEASED: null },
      { CHILD: "4", DATE_PLACED_CEASED: "01/03/2024", REASON_PLACED_CEASED: "RD1" },
    ];
    expect(flagsOf(rule557, { Episodes, PlacedAdoption }, { collectionYear: "2023-24" })).toEqual({
      Episodes: [0, 1],
      PlacedAdoption: [0],
    });
    expect(flagsOf(rule557, { Episodes, PlacedAdoption }, { collectionYear: "2024-25" })).toEqual({
      Episodes: [0],
      PlacedAdoption: [0],
    });
  });
  conformanceTests(rule557);
});
