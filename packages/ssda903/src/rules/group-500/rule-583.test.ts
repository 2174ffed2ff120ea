import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule583 } from "./rule-583";

describe("rule 583", () => {
  it("flags open decisions that are not the latest", () => {
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "01/01/2024", DATE_PLACED_CEASED: "02/01/2024" },
      { CHILD: "1", DATE_PLACED: "29/02/2024", DATE_PLACED_CEASED: null },
      { CHILD: "2", DATE_PLACED: "29/02/2024", DATE_PLACED_CEASED: "01/03/2024" },
      { CHILD: "2", DATE_PLACED: "28/02/2024", DATE_PLACED_CEASED: null },
      { CHILD: "3", DATE_PLACED: "01/01/2024", DATE_PLACED_CEASED: null },
      { CHILD: "3", DATE_PLACED: "01/02/2024", DATE_PLACED_CEASED: null },
    ];
    expect(flagsOf(rule583, { PlacedAdoption })).toEqual({ PlacedAdoption: [3, 4] });
  });
  conformanceTests(rule583);
});
