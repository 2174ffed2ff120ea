import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule503A } from "./rule-503A";

describe("rule 503A", () => {
  it("flags this year's first episode when RNE differs from last year's open episode", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/06/2023", DEC: null, RNE: "L" },
      { CHILD: "1", DECOM: "29/02/2024", DEC: null, RNE: "P" },
      { CHILD: "2", DECOM: "01/06/2023", DEC: null, RNE: "B" },
      { CHILD: "3", DECOM: "01/06/2023", DEC: null, RNE: "L" },
      { CHILD: "4", DECOM: "01/06/2023", DEC: null, RNE: null },
    ];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/06/2022", DEC: null, RNE: "L" },
        { CHILD: "2", DECOM: "01/06/2021", DEC: "01/06/2022", RNE: "L" },
        { CHILD: "2", DECOM: "01/06/2022", DEC: null, RNE: "P" },
        { CHILD: "3", DECOM: "01/06/2022", DEC: "31/03/2023", RNE: "L" },
        { CHILD: "4", DECOM: "01/06/2022", DEC: null, RNE: null },
      ],
    };
    expect(flagsOf(rule503A, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [2],
    });
    expect(flagsOf(rule503A, { Episodes }, { collectionYear: "2023-24" })).toEqual({});
  });
  conformanceTests(rule503A);
});
