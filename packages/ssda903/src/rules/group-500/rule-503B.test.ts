import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule503B } from "./rule-503B";

describe("rule 503B", () => {
  it("flags this year's first episode when LS differs from last year's open episode", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/06/2023", DEC: null, LS: "C2" },
      { CHILD: "1", DECOM: "29/02/2024", DEC: null, LS: "C1" },
      { CHILD: "2", DECOM: "01/06/2023", DEC: null, LS: "C2" },
      { CHILD: "3", DECOM: "01/06/2023", DEC: null, LS: "C2" },
      { CHILD: "4", DECOM: "01/06/2023", DEC: null, LS: null },
    ];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "01/06/2022", DEC: null, LS: "C2" },
        { CHILD: "2", DECOM: "01/06/2021", DEC: "01/06/2022", LS: "C2" },
        { CHILD: "2", DECOM: "01/06/2022", DEC: null, LS: "C1" },
        { CHILD: "3", DECOM: "01/06/2022", DEC: "31/03/2023", LS: "C2" },
        { CHILD: "4", DECOM: "01/06/2022", DEC: null, LS: null },
      ],
    };
    expect(flagsOf(rule503B, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [2],
    });
    expect(flagsOf(rule503B, { Episodes }, { collectionYear: "2023-24" })).toEqual({});
  });
  conformanceTests(rule503B);
});
