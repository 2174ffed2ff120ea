import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW14STG2 } from "./rule-SW14STG2";

describe("rule SW14STG2", () => {
  it("flags a blank end date on any but the child's latest episode", () => {
    const SWEpisodes = [
      { CHILD: "1", SW_DECOM: "29/02/2024", SW_DEC: null },
      { CHILD: "1", SW_DECOM: "28/02/2024", SW_DEC: null },
      { CHILD: "2", SW_DECOM: "01/03/2024", SW_DEC: null },
      { CHILD: "3", SW_DECOM: "01/01/2024", SW_DEC: "31/02/2024" },
      { CHILD: "3", SW_DECOM: "01/03/2024", SW_DEC: null },
    ];
    expect(flagsOf(ruleSW14STG2, { SWEpisodes }, { collectionYear: "2023-24" })).toEqual({
      SWEpisodes: [1, 3],
    });
  });
  conformanceTests(ruleSW14STG2);
});
