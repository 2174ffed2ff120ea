import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule523 } from "./rule-523";

describe("rule 523", () => {
  it("flags a decision one day apart and passes the same day", () => {
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "29/02/2024" },
      { CHILD: "2", DATE_PLACED: "29/02/2024" },
      { CHILD: "3", DATE_PLACED: null },
    ];
    const AD1 = [
      { CHILD: "1", DATE_INT: "29/02/2024" },
      { CHILD: "2", DATE_INT: "01/03/2024" },
      { CHILD: "3", DATE_INT: "01/03/2024" },
    ];
    expect(flagsOf(rule523, { PlacedAdoption, AD1 })).toEqual({ PlacedAdoption: [1], AD1: [1] });
  });
  conformanceTests(rule523);
});
