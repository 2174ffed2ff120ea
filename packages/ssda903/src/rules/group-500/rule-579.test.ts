import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule579 } from "./rule-579";

describe("rule 579", () => {
  it("flags a decision made while the previous one was open or before it ceased", () => {
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "01/01/2024", DATE_PLACED_CEASED: "29/02/2024" },
      { CHILD: "1", DATE_PLACED: "28/02/2024", DATE_PLACED_CEASED: null },
      { CHILD: "2", DATE_PLACED: "01/01/2024", DATE_PLACED_CEASED: "29/02/2024" },
      { CHILD: "2", DATE_PLACED: "29/02/2024", DATE_PLACED_CEASED: null },
      { CHILD: "3", DATE_PLACED: "01/01/2024", DATE_PLACED_CEASED: null },
      { CHILD: "3", DATE_PLACED: "01/03/2024", DATE_PLACED_CEASED: null },
    ];
    expect(flagsOf(rule579, { PlacedAdoption })).toEqual({ PlacedAdoption: [1, 5] });
  });
  conformanceTests(rule579);
});
