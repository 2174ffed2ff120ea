import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule634 } from "./rule-634";

describe("rule 634", () => {
  it("flags previous permanence for a child whose latest episode began before 1 April 2016", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "31/03/2016" },
      { CHILD: "1", DECOM: "29/02/2016" },
      { CHILD: "2", DECOM: "01/04/2016" },
      { CHILD: "3", DECOM: "01/01/2010" },
    ];
    const PrevPerm = [
      { CHILD: "1", PREV_PERM: "Z1" },
      { CHILD: "2", PREV_PERM: "P1", LA_PERM: "352", DATE_PERM: "01/01/2015" },
      { CHILD: "3", PREV_PERM: null, LA_PERM: null, DATE_PERM: null },
    ];
    expect(flagsOf(rule634, { Episodes, PrevPerm }, { collectionYear: "2023-24" })).toEqual({
      Episodes: [0, 1],
      PrevPerm: [0],
    });
  });
  conformanceTests(rule634);
});
