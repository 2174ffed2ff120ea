import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule525 } from "./rule-525";

describe("rule 525", () => {
  it("flags a reversed decision with any adoption detail", () => {
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED_CEASED: "01/03/2024" },
      { CHILD: "2", DATE_PLACED_CEASED: "01/03/2024" },
      { CHILD: "3", DATE_PLACED_CEASED: null },
    ];
    const AD1 = [{ CHILD: "1", LS_ADOPTR: "L0" }, { CHILD: "2" }, { CHILD: "3", DATE_MATCH: "01/01/2024" }];
    expect(flagsOf(rule525, { PlacedAdoption, AD1 })).toEqual({ PlacedAdoption: [0], AD1: [0] });
  });
  conformanceTests(rule525);
});
