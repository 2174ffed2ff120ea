import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule503C } from "./rule-503C";

describe("rule 503C", () => {
  it("flags this year's first episode when CIN differs from last year's open episode", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/06/2023", DEC: null, CIN: "N1" },
      { CHILD: "1", DECOM: "29/02/2024", DEC: null, CIN: "N3" },
      { CHILD: "2", DECOM: "01/06/2023", DEC: null, CIN: "N2" },
      { CHILD: "3", DECOM: "01/06/2023", DEC: null, CIN: "N1" },
      { CHILD: "4", DECOM: "01/06/2023", DEC: null, CIN: null },
    ];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/06/2022", DEC: null, CIN: "N1" },
        { CHILD: "2", DECOM: "01/06/2021", DEC: "01/06/2022", CIN: "N1" },
        { CHILD: "2", DECOM: "01/06/2022", DEC: null, CIN: "N4" },
        { CHILD: "3", DECOM: "01/06/2022", DEC: "31/03/2023", CIN: "N2" },
        { CHILD: "4", DECOM: "01/06/2022", DEC: null, CIN: null },
      ],
    };
    expect(flagsOf(rule503C, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [2],
    });
    expect(flagsOf(rule503C, { Episodes }, { collectionYear: "2023-24" })).toEqual({});
  });
  conformanceTests(rule503C);
});
