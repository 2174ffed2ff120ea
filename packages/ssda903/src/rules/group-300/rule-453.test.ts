import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule453 } from "./rule-453";

describe("rule 453", () => {
  it("allows a difference under 0.2 miles and flags a larger one or a distance where there was none", () => {
    const Episodes = [
      { CHILD: "a", RNE: "P", DECOM: "01/03/2023", PL_DISTANCE: "10.1" },
      { CHILD: "b", RNE: "P", DECOM: "01/03/2023", PL_DISTANCE: "10.3" },
      { CHILD: "c", RNE: "P", DECOM: "01/03/2023", PL_DISTANCE: "5.0" },
    ];
    const previous = {
      Episodes: [
        { CHILD: "a", RNE: "P", DECOM: "01/03/2023", DEC: null, PL_DISTANCE: "10.0" },
        { CHILD: "b", RNE: "P", DECOM: "01/03/2023", DEC: null, PL_DISTANCE: "10.0" },
        { CHILD: "c", RNE: "P", DECOM: "01/03/2023", DEC: null, PL_DISTANCE: null },
      ],
    };
    expect(flagsOf(rule453, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [1, 2],
    });
  });
  conformanceTests(rule453);
});
