import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule503E } from "./rule-503E";

describe("rule 503E", () => {
  it("flags this year's first episode when PLACE_PROVIDER differs from last year's open episode", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/06/2023", DEC: null, PLACE_PROVIDER: "PR1" },
      { CHILD: "1", DECOM: "29/02/2024", DEC: null, PLACE_PROVIDER: "PR3" },
      { CHILD: "2", DECOM: "01/06/2023", DEC: null, PLACE_PROVIDER: "PR2" },
      { CHILD: "3", DECOM: "01/06/2023", DEC: null, PLACE_PROVIDER: "PR1" },
      { CHILD: "4", DECOM: "01/06/2023", DEC: null, PLACE_PROVIDER: null },
    ];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/06/2022", DEC: null, PLACE_PROVIDER: "PR1" },
        { CHILD: "2", DECOM: "01/06/2021", DEC: "01/06/2022", PLACE_PROVIDER: "PR1" },
        { CHILD: "2", DECOM: "01/06/2022", DEC: null, PLACE_PROVIDER: "PR4" },
        { CHILD: "3", DECOM: "01/06/2022", DEC: "31/03/2023", PLACE_PROVIDER: "PR2" },
        { CHILD: "4", DECOM: "01/06/2022", DEC: null, PLACE_PROVIDER: null },
      ],
    };
    expect(flagsOf(rule503E, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [2],
    });
    expect(flagsOf(rule503E, { Episodes }, { collectionYear: "2023-24" })).toEqual({});
  });
  conformanceTests(rule503E);
});
