import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule554 } from "./rule-554";

describe("rule 554", () => {
  it("flags a decision after the first E1 episode started, not one on the same day", () => {
    const Episodes = [
      { CHILD: "1", LS: "C2", DECOM: "01/01/2024" },
      { CHILD: "1", LS: "E1", DECOM: "29/02/2024" },
      { CHILD: "1", LS: "E1", DECOM: "01/06/2024" },
      { CHILD: "2", LS: "E1", DECOM: "29/02/2024" },
    ];
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "01/03/2024" },
      { CHILD: "2", DATE_PLACED: "29/02/2024" },
    ];
    expect(flagsOf(rule554, { Episodes, PlacedAdoption })).toEqual({ Episodes: [1], PlacedAdoption: [0] });
  });
  conformanceTests(rule554);
});
