import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW12STG2 } from "./rule-SW12STG2";

describe("rule SW12STG2", () => {
  it("needs a social worker episode from the start of care, or by the end of care (2024-25)", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "29/02/2024", DEC: null, RNE: "S", REC: null, LS: "C2" },
      { CHILD: "2", DECOM: "29/02/2024", DEC: null, RNE: "S", REC: null, LS: "C2" },
      { CHILD: "3", DECOM: "01/01/2024", DEC: "01/04/2024", RNE: "P", REC: "E4A", LS: "C2" },
      { CHILD: "4", DECOM: "01/01/2022", DEC: "31/03/2023", RNE: "S", REC: "E4A", LS: "C2" },
      { CHILD: "5", DECOM: "01/01/2024", DEC: null, RNE: "S", REC: null, LS: "V3" },
      { CHILD: "6", DECOM: "01/01/2023", DEC: null, RNE: "P", REC: null, LS: "C2" },
      { CHILD: "7", DECOM: "01/01/2023", DEC: null, RNE: "P", REC: null, LS: "C2" },
    ];
    const SWEpisodes = [
      { CHILD: "1", SW_DECOM: "29/02/2024" },
      { CHILD: "2", SW_DECOM: "28/02/2024" },
      { CHILD: "3", SW_DECOM: "02/04/2024" },
      { CHILD: "6", SW_DECOM: "01/04/2023" },
    ];
    // 2: its only worker began the day before care began, and care is still open; 3: the worker began after care ended;
    // 7: looked after at 31 March with no social worker episode at all.
    expect(flagsOf(ruleSW12STG2, { Episodes, SWEpisodes }, { collectionYear: "2024-25" })).toEqual({
      Episodes: [1, 2, 6],
    });
  });
  conformanceTests(ruleSW12STG2);
});
