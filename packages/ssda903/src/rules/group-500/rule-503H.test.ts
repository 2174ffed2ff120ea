import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule503H } from "./rule-503H";

describe("rule 503H", () => {
  it("flags this year's first episode when PL_LA differs from last year's open episode", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/06/2023", DEC: null, PL_LA: "E09000027" },
      { CHILD: "1", DECOM: "29/02/2024", DEC: null, PL_LA: "E09000029" },
      { CHILD: "2", DECOM: "01/06/2023", DEC: null, PL_LA: "E09000028" },
      { CHILD: "3", DECOM: "01/06/2023", DEC: null, PL_LA: "E09000027" },
      { CHILD: "4", DECOM: "01/06/2023", DEC: null, PL_LA: null },
    ];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/06/2022", DEC: null, PL_LA: "E09000027" },
        { CHILD: "2", DECOM: "01/06/2021", DEC: "01/06/2022", PL_LA: "E09000027" },
        { CHILD: "2", DECOM: "01/06/2022", DEC: null, PL_LA: "E09000020" },
        { CHILD: "3", DECOM: "01/06/2022", DEC: "31/03/2023", PL_LA: "E09000027" },
        { CHILD: "4", DECOM: "01/06/2022", DEC: null, PL_LA: null },
      ],
    };
    expect(flagsOf(rule503H, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [2],
    });
    expect(flagsOf(rule503H, { Episodes }, { collectionYear: "2023-24" })).toEqual({});
  });
  conformanceTests(rule503H);
});
