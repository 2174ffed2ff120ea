import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW01bSTG1 } from "./rule-SW01bSTG1";

describe("rule SW01bSTG1", () => {
  it("needs identifier and reason for episodes from 1 April 2023, and a real start date always", () => {
    const SWEpisodes = [
      { CHILD: "1", SW_ID: "SW1", SW_DECOM: "31/03/2023", SW_REASON: null },
      { CHILD: "1", SW_ID: "SW1", SW_DECOM: "01/04/2023", SW_REASON: null },
      { CHILD: "1", SW_ID: null, SW_DECOM: "02/04/2023", SW_REASON: "MANAGE" },
      { CHILD: "1", SW_ID: "SW1", SW_DECOM: "29/02/2024", SW_REASON: "MANAGE" },
      { CHILD: "1", SW_ID: "SW1", SW_DECOM: null, SW_REASON: "MANAGE" },
    ];
    expect(flagsOf(ruleSW01bSTG1, { SWEpisodes })).toEqual({ SWEpisodes: [1, 2, 4] });
  });
  conformanceTests(ruleSW01bSTG1);
});
