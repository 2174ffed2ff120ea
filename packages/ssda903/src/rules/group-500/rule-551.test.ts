import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule551 } from "./rule-551";

describe("rule 551", () => {
  it("flags placements for adoption with no decision date or no record", () => {
    const Episodes = [
      { CHILD: "1", PLACE: "A4" },
      { CHILD: "2", PLACE: "A5" },
      { CHILD: "3", PLACE: "A3" },
      { CHILD: "4", PLACE: "U1" },
    ];
    const PlacedAdoption = [
      { CHILD: "1", DATE_PLACED: "01/01/2024" },
      { CHILD: "2", DATE_PLACED: null },
    ];
    expect(flagsOf(rule551, { Episodes, PlacedAdoption })).toEqual({ Episodes: [1, 2] });
  });
  conformanceTests(rule551);
});
