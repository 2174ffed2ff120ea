import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule503G } from "./rule-503G";

describe("rule 503G", () => {
  it("flags a distance 0.2 miles or more away from last year's, or given in only one year", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/06/2023", DEC: null, PL_DISTANCE: "10.1" },
      { CHILD: "2", DECOM: "01/06/2023", DEC: null, PL_DISTANCE: "10.2" },
      { CHILD: "3", DECOM: "01/06/2023", DEC: null, PL_DISTANCE: "10" },
      { CHILD: "4", DECOM: "01/06/2023", DEC: null, PL_DISTANCE: null },
    ];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/06/2022", DEC: null, PL_DISTANCE: "10.0" },
        { CHILD: "2", DECOM: "01/06/2022", DEC: null, PL_DISTANCE: "10.4" },
        { CHILD: "3", DECOM: "01/06/2022", DEC: null, PL_DISTANCE: null },
        { CHILD: "4", DECOM: "01/06/2022", DEC: null, PL_DISTANCE: null },
      ],
    };
    expect(flagsOf(rule503G, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [1, 2],
    });
  });
  conformanceTests(rule503G);
});
