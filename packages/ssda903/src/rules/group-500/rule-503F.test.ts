import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule503F } from "./rule-503F";

describe("rule 503F", () => {
  it("flags this year's first episode when URN differs from last year's open episode", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/06/2023", DEC: null, URN: "SC055123" },
      { CHILD: "1", DECOM: "29/02/2024", DEC: null, URN: "XXXXXXX" },
      { CHILD: "2", DECOM: "01/06/2023", DEC: null, URN: "SC055124" },
      { CHILD: "3", DECOM: "01/06/2023", DEC: null, URN: "SC055123" },
      { CHILD: "4", DECOM: "01/06/2023", DEC: null, URN: null },
    ];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/06/2022", DEC: null, URN: "SC055123" },
        { CHILD: "2", DECOM: "01/06/2021", DEC: "01/06/2022", URN: "SC055123" },
        { CHILD: "2", DECOM: "01/06/2022", DEC: null, URN: "SC055125" },
        { CHILD: "3", DECOM: "01/06/2022", DEC: "31/03/2023", URN: "XXXXXXX" },
        { CHILD: "4", DECOM: "01/06/2022", DEC: null, URN: null },
      ],
    };
    expect(flagsOf(rule503F, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [2],
    });
    expect(flagsOf(rule503F, { Episodes }, { collectionYear: "2023-24" })).toEqual({});
  });
  conformanceTests(rule503F);
});
