import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule552 } from "./rule-552";

describe("rule 552", () => {
  it("compares the latest decision with the first placement for adoption", () => {
    const Episodes = [
      { CHILD: "1", PLACE: "A3", DECOM: "29/02/2024" },
      { CHILD: "1", PLACE: "A4", DECOM: "01/06/2024" },
      { CHILD: "2", PLACE: "A3", DECOM: "29/02/2024" },
    ];
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "01/01/2024" },
      { CHILD: "1", DATE_PLACED: "01/03/2024" },
      { CHILD: "2", DATE_PLACED: "29/02/2024" },
    ];
    expect(flagsOf(rule552, { Episodes, PlacedAdoption })).toEqual({ Episodes: [0], PlacedAdoption: [1] });
  });
  conformanceTests(rule552);
});
