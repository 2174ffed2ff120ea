import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule119 } from "./rule-119";

describe("rule 119", () => {
  it("flags a date without a reason and a reason without a date", () => {
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED_CEASED: "01/05/2023", REASON_PLACED_CEASED: "RD1" },
      { CHILD: "2", DATE_PLACED_CEASED: "01/05/2023", REASON_PLACED_CEASED: null },
      { CHILD: "3", DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: "RD1" },
      { CHILD: "4", DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null },
    ];
    expect(flagsOf(rule119, { PlacedAdoption })).toEqual({ PlacedAdoption: [1, 2] });
  });
  conformanceTests(rule119);
});
