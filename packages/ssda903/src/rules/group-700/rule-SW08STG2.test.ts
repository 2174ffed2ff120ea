import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW08STG2 } from "./rule-SW08STG2";

describe("rule SW08STG2", () => {
  it("flags an open episode followed by a later one, but not the child's latest open episode", () => {
    const SWEpisodes = [
      { CHILD: "1", SW_DECOM: "28/02/2024", SW_DEC: null },
      { CHILD: "1", SW_DECOM: "29/02/2024", SW_DEC: null },
      { CHILD: "2", SW_DECOM: "01/03/2024", SW_DEC: null },
      { CHILD: "2", SW_DECOM: "01/01/2024", SW_DEC: "29/02/2024" },
      { CHILD: "3", SW_DECOM: "01/01/2024", SW_DEC: "31/02/2024" },
      { CHILD: "3", SW_DECOM: "01/03/2024", SW_DEC: null },
    ];
    expect(flagsOf(ruleSW08STG2, { SWEpisodes }, { collectionYear: "2023-24" })).toEqual({
      SWEpisodes: [0, 4],
    });
  });
  conformanceTests(ruleSW08STG2);
});
