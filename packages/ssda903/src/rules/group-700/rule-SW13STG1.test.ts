import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW13STG1 } from "./rule-SW13STG1";

describe("rule SW13STG1", () => {
  const SWEpisodes = [
    { CHILD: "1", SW_DECOM: "01/04/2023", SW_REASON: "MANAGE" },
    { CHILD: "1", SW_DECOM: "01/04/2023", SW_REASON: "manage" },
    { CHILD: "1", SW_DECOM: "31/03/2023", SW_REASON: null },
    { CHILD: "1", SW_DECOM: "01/04/2023", SW_REASON: null },
  ];
  it("flags unknown codes, and from 2024-25 a blank reason on episodes from 1 April 2023", () => {
    expect(flagsOf(ruleSW13STG1, { SWEpisodes }, { collectionYear: "2023-24" })).toEqual({ SWEpisodes: [1] });
    expect(flagsOf(ruleSW13STG1, { SWEpisodes }, { collectionYear: "2024-25" })).toEqual({
      SWEpisodes: [1, 3],
    });
  });
  conformanceTests(ruleSW13STG1);
});
