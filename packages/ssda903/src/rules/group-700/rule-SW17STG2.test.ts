import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW17STG2 } from "./rule-SW17STG2";

describe("rule SW17STG2", () => {
  it("flags the latest episode when it has an end date, whatever the order read", () => {
    const SWEpisodes = [
      { CHILD: "1", SW_DECOM: "29/02/2024", SW_DEC: null },
      { CHILD: "1", SW_DECOM: "28/02/2024", SW_DEC: "29/02/2024" },
      { CHILD: "2", SW_DECOM: "01/03/2024", SW_DEC: "02/03/2024" },
      { CHILD: "2", SW_DECOM: "01/01/2024", SW_DEC: "01/03/2024" },
    ];
    expect(flagsOf(ruleSW17STG2, { SWEpisodes })).toEqual({ SWEpisodes: [2] });
    // With episodes: child 2 left care on 2 March, so its closed social worker episode is fine.
    const Episodes = [
      { CHILD: "1", DEC: null },
      { CHILD: "2", DEC: "02/03/2024" },
    ];
    expect(flagsOf(ruleSW17STG2, { SWEpisodes, Episodes })).toEqual({});
  });
  conformanceTests(ruleSW17STG2);
});
