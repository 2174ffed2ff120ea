import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW01STG1 } from "./rule-SW01STG1";

describe("rule SW01STG1", () => {
  it("flags open, non-short-break episodes of children without complete social worker information", () => {
    const Episodes = [
      { CHILD: "1", DEC: null, LS: "C2" },
      { CHILD: "2", DEC: null, LS: "C2" },
      { CHILD: "3", DEC: null, LS: "V3" },
      { CHILD: "4", DEC: "29/02/2024", LS: "C2" },
      { CHILD: "5", DEC: null, LS: "C2" },
    ];
    const SWEpisodes = [
      { CHILD: "1", SW_ID: "SW1", SW_DECOM: "01/04/2023", SW_REASON: null },
      { CHILD: "1", SW_ID: null, SW_DECOM: "01/05/2023", SW_REASON: "MANAGE" },
      { CHILD: "2", SW_ID: "SW1", SW_DECOM: "01/04/2023", SW_REASON: null },
    ];
    expect(flagsOf(ruleSW01STG1, { Episodes, SWEpisodes })).toEqual({ Episodes: [1, 4] });
  });
  conformanceTests(ruleSW01STG1);
});
