import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule563 } from "./rule-563";

describe("rule 563", () => {
  it("flags an ended decision with no decision date", () => {
    const PlacedAdoption = [
      { DATE_PLACED: null, DATE_PLACED_CEASED: "01/03/2024", REASON_PLACED_CEASED: "RD1" },
      { DATE_PLACED: "01/01/2024", DATE_PLACED_CEASED: "01/03/2024", REASON_PLACED_CEASED: "RD1" },
      { DATE_PLACED: null, DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: "RD1" },
      { DATE_PLACED: null, DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null },
    ];
    expect(flagsOf(rule563, { PlacedAdoption })).toEqual({ PlacedAdoption: [0] });
  });
  conformanceTests(rule563);
});
