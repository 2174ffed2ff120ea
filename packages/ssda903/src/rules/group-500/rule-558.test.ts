import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule558 } from "./rule-558";

describe("rule 558", () => {
  it("flags an adopted child with more than one ceased decision, passes one with a blank", () => {
    const Episodes = [
      { CHILD: "1", REC: "E11" },
      { CHILD: "2", REC: "E12" },
      { CHILD: "3", REC: "E11" },
    ];
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED_CEASED: "01/01/2024" },
      { CHILD: "1", DATE_PLACED_CEASED: "01/03/2024" },
      { CHILD: "2", DATE_PLACED_CEASED: "01/01/2024" },
      { CHILD: "3", DATE_PLACED_CEASED: "01/01/2024" },
      { CHILD: "3", DATE_PLACED_CEASED: null },
    ];
    expect(flagsOf(rule558, { Episodes, PlacedAdoption })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule558);
});
