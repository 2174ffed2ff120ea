import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW10STG2 } from "./rule-SW10STG2";

describe("rule SW10STG2", () => {
  it("accepts a start 7 days either side of the previous end and flags 8 days (across 29 February 2024)", () => {
    const ep = (CHILD: string, SW_DECOM: string, SW_DEC: string | null, SW_REASON = "MANAGE") => ({
      CHILD,
      SW_DECOM,
      SW_DEC,
      SW_REASON,
    });
    const SWEpisodes = [
      ep("1", "01/01/2024", "25/02/2024"),
      ep("1", "03/03/2024", null), // 7 days after 25 Feb in a leap year
      ep("2", "01/01/2024", "25/02/2024"),
      ep("2", "04/03/2024", null), // 8 days after
      ep("3", "01/01/2024", "25/02/2024"),
      ep("3", "17/02/2024", null), // 8 days before
      ep("4", "01/01/2024", "25/02/2024"),
      ep("4", "20/03/2024", null, "FCONTA"),
    ];
    expect(flagsOf(ruleSW10STG2, { SWEpisodes }, { collectionYear: "2024-25" })).toEqual({
      SWEpisodes: [3, 5],
    });
    expect(flagsOf(ruleSW10STG2, { SWEpisodes }, { collectionYear: "2023-24" })).toEqual({
      SWEpisodes: [3, 5, 7],
    });
  });
  conformanceTests(ruleSW10STG2);
});
