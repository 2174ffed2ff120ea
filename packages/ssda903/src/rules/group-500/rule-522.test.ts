import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule522 } from "./rule-522";

describe("rule 522", () => {
  it("flags a reversal the day before the decision, not on the same day", () => {
    const PlacedAdoption = [
      { DATE_PLACED: "29/02/2024", DATE_PLACED_CEASED: "28/02/2024" },
      { DATE_PLACED: "29/02/2024", DATE_PLACED_CEASED: "29/02/2024" },
      { DATE_PLACED: "29/02/2024", DATE_PLACED_CEASED: "01/03/2024" },
      { DATE_PLACED: null, DATE_PLACED_CEASED: "01/03/2024" },
      { DATE_PLACED: "29/02/2023", DATE_PLACED_CEASED: "01/03/2020" },
    ];
    expect(flagsOf(rule522, { PlacedAdoption })).toEqual({ PlacedAdoption: [0] });
  });
  conformanceTests(rule522);
});
