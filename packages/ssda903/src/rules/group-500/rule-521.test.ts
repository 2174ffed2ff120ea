import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule521 } from "./rule-521";

describe("rule 521", () => {
  it("flags placements for adoption that start the day before the decision, not on the day", () => {
    const Episodes = [
      { CHILD: "1", PLACE: "A3", DECOM: "28/02/2024" },
      { CHILD: "2", PLACE: "A6", DECOM: "29/02/2024" },
      { CHILD: "3", PLACE: "U1", DECOM: "01/01/2024" },
    ];
    const AD1 = [
      { CHILD: "1", DATE_INT: "29/02/2024" },
      { CHILD: "2", DATE_INT: "29/02/2024" },
      { CHILD: "3", DATE_INT: "29/02/2024" },
    ];
    expect(flagsOf(rule521, { Episodes, AD1 })).toEqual({ Episodes: [0], AD1: [0] });
  });
  conformanceTests(rule521);
});
