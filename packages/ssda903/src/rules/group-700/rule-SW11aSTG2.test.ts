import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW11aSTG2 } from "./rule-SW11aSTG2";

describe("rule SW11aSTG2", () => {
  it("needs the next episode within five days of an end on or before 26 March 2024 (2023-24)", () => {
    const ep = (CHILD: string, SW_DECOM: string | null, SW_DEC: string | null) => ({
      CHILD,
      SW_DECOM,
      SW_DEC,
    });
    const SWEpisodes = [
      ep("1", "01/01/2024", "24/02/2024"),
      ep("1", "29/02/2024", null), // 5 days later (leap year): passes
      ep("2", "01/01/2024", "24/02/2024"),
      ep("2", "01/03/2024", null), // 6 days later: flagged
      ep("3", "01/01/2024", "26/03/2024"),
      ep("3", null, null), // no start date: flagged
      ep("4", "01/01/2024", "27/03/2024"),
      ep("4", null, null), // ended within the last five days: not checked
    ];
    expect(flagsOf(ruleSW11aSTG2, { SWEpisodes })).toEqual({ SWEpisodes: [3, 5] });
  });
  conformanceTests(ruleSW11aSTG2);
});
