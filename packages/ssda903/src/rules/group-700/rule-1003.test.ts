import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1003 } from "./rule-1003";

describe("rule 1003", () => {
  it("flags a decision the day before the first S episode, not on the day", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/03/2024", RNE: "S" },
      { CHILD: "1", DECOM: "01/01/2024", RNE: "P" },
      { CHILD: "2", DECOM: "01/03/2024", RNE: "S" },
      { CHILD: "2", DECOM: "01/05/2024", RNE: "S" },
    ];
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "29/02/2024" },
      { CHILD: "2", DATE_PLACED: "01/03/2024" },
    ];
    expect(flagsOf(rule1003, { Episodes, PlacedAdoption })).toEqual({ Episodes: [0], PlacedAdoption: [0] });
  });
  conformanceTests(rule1003);
});
