import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW06STG2 } from "./rule-SW06STG2";

describe("rule SW06STG2", () => {
  it("flags a start the day after 31 March 2024, not on it (2023-24)", () => {
    const SWEpisodes = ["30/03/2024", "31/03/2024", "01/04/2024", null].map((SW_DECOM) => ({
      CHILD: "1",
      SW_DECOM,
    }));
    expect(flagsOf(ruleSW06STG2, { SWEpisodes }, { collectionYear: "2023-24" })).toEqual({ SWEpisodes: [2] });
  });
  conformanceTests(ruleSW06STG2);
});
