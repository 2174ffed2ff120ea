import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW11bSTG2 } from "./rule-SW11bSTG2";

describe("rule SW11bSTG2", () => {
  it("flags an episode ending 26-31 March 2024 with no following episode, or the following one without a start", () => {
    const ep = (CHILD: string, SW_DECOM: string | null, SW_DEC: string | null) => ({
      CHILD,
      SW_DECOM,
      SW_DEC,
    });
    const SWEpisodes = [
      ep("1", "01/01/2024", "26/03/2024"), // last, in the window: flagged
      ep("2", "01/01/2024", "25/03/2024"), // before the window: not checked
      ep("3", "01/01/2024", "31/03/2024"),
      ep("3", null, null), // follows without a start date: flagged
      ep("4", "01/01/2024", "29/03/2024"),
      ep("4", "30/03/2024", null), // follows with a start date: fine
      ep("5", "01/01/2024", "01/04/2024"), // after 31 March: not checked
    ];
    expect(flagsOf(ruleSW11bSTG2, { SWEpisodes }, { collectionYear: "2023-24" })).toEqual({
      SWEpisodes: [0, 3],
    });
  });
  conformanceTests(ruleSW11bSTG2);
});
