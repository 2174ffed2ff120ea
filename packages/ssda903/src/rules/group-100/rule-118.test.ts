import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule118 } from "./rule-118";

describe("rule 118", () => {
  it("flags a reversal before 1 April or before care began (short breaks ignored)", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2022", LS: "C2" },
      { CHILD: "2", DECOM: "01/01/2022", LS: "V3" },
      { CHILD: "2", DECOM: "01/06/2023", LS: "C2" },
      { CHILD: "3", DECOM: "01/01/2022", LS: "C2" },
    ];
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED_CEASED: "31/03/2023" },
      { CHILD: "2", DATE_PLACED_CEASED: "31/05/2023" },
      { CHILD: "3", DATE_PLACED_CEASED: "01/04/2023" },
    ];
    expect(flagsOf(rule118, { Episodes, PlacedAdoption }, { collectionYear: "2023-24" })).toEqual({
      Episodes: [0, 2],
      PlacedAdoption: [0, 1],
    });
  });
  conformanceTests(rule118);
});
