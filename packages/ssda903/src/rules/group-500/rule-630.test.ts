import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule630 } from "./rule-630";

describe("rule 630", () => {
  it("flags a new period of care from 1 April without complete previous permanence", () => {
    const Episodes = [
      { CHILD: "1", RNE: "S", DECOM: "01/04/2023" },
      { CHILD: "2", RNE: "S", DECOM: "01/04/2023" },
      { CHILD: "3", RNE: "S", DECOM: "01/04/2023" },
      { CHILD: "4", RNE: "S", DECOM: "31/03/2023" },
      { CHILD: "5", RNE: "P", DECOM: "01/05/2023" },
      { CHILD: "6", RNE: "S", DECOM: "29/02/2024" },
    ];
    const PrevPerm = [
      { CHILD: "2", PREV_PERM: "Z1" },
      { CHILD: "3", PREV_PERM: "P1", LA_PERM: "352" },
      { CHILD: "6", PREV_PERM: "P2", LA_PERM: "352", DATE_PERM: "01/01/2020" },
    ];
    expect(flagsOf(rule630, { Episodes, PrevPerm }, { collectionYear: "2023-24" })).toEqual({
      Episodes: [0, 2],
    });
  });
  conformanceTests(rule630);
});
