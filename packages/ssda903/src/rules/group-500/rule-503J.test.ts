import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule503J } from "./rule-503J";

describe("rule 503J", () => {
  it("flags this year's first episode when PL_LOCATION differs from last year's open episode", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/06/2023", DEC: null, PL_LOCATION: "IN" },
      { CHILD: "1", DECOM: "29/02/2024", DEC: null, PL_LOCATION: "IN" },
      { CHILD: "2", DECOM: "01/06/2023", DEC: null, PL_LOCATION: "OUT" },
      { CHILD: "3", DECOM: "01/06/2023", DEC: null, PL_LOCATION: "IN" },
      { CHILD: "4", DECOM: "01/06/2023", DEC: null, PL_LOCATION: null },
    ];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/06/2022", DEC: null, PL_LOCATION: "IN" },
        { CHILD: "2", DECOM: "01/06/2021", DEC: "01/06/2022", PL_LOCATION: "IN" },
        { CHILD: "2", DECOM: "01/06/2022", DEC: null, PL_LOCATION: "IN" },
        { CHILD: "3", DECOM: "01/06/2022", DEC: "31/03/2023", PL_LOCATION: "OUT" },
        { CHILD: "4", DECOM: "01/06/2022", DEC: null, PL_LOCATION: null },
      ],
    };
    expect(flagsOf(rule503J, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [2],
    });
    expect(flagsOf(rule503J, { Episodes }, { collectionYear: "2023-24" })).toEqual({});
  });
  conformanceTests(rule503J);
});
