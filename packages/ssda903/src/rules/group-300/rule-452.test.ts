import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule452 } from "./rule-452";

describe("rule 452", () => {
  const Episodes = [
    { CHILD: "a", RNE: "P", DECOM: "01/03/2023", DEC: null, PL_LA: "E09000027" },
    { CHILD: "b", RNE: "P", DECOM: "01/03/2023", DEC: null, PL_LA: "E09000001" },
    { CHILD: "c", RNE: "S", DECOM: "01/06/2023", DEC: null, PL_LA: "E09000001" },
  ];
  const previous = {
    Episodes: [
      { CHILD: "a", RNE: "P", DECOM: "01/03/2023", DEC: null, PL_LA: "E09000027" },
      { CHILD: "b", RNE: "P", DECOM: "01/03/2023", DEC: null, PL_LA: "E09000027" },
      { CHILD: "c", RNE: "S", DECOM: "01/01/2023", DEC: "01/02/2023", PL_LA: "E09000027" },
    ],
  };
  it("compares the carried-over episode's placement authority", () => {
    expect(flagsOf(rule452, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [1],
    });
  });
  it("is skipped without last year's return", () => {
    expect(flagsOf(rule452, { Episodes }, { collectionYear: "2023-24" })).toEqual({});
  });
  conformanceTests(rule452);
});
