import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW09STG2 } from "./rule-SW09STG2";

describe("rule SW09STG2", () => {
  it("flags an episode ending on its start day, not the day after, nor blank dates", () => {
    const SWEpisodes = [
      { CHILD: "1", SW_DECOM: "29/02/2024", SW_DEC: "29/02/2024" },
      { CHILD: "1", SW_DECOM: "29/02/2024", SW_DEC: "01/03/2024" },
      { CHILD: "1", SW_DECOM: null, SW_DEC: null },
    ];
    expect(flagsOf(ruleSW09STG2, { SWEpisodes }, { collectionYear: "2023-24" })).toEqual({ SWEpisodes: [0] });
  });
  conformanceTests(ruleSW09STG2);
});
