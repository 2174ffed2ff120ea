import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW03STG1 } from "./rule-SW03STG1";

describe("rule SW03STG1", () => {
  it("flags an episode missing any of the identifier, start date or reason, but not the end date", () => {
    const full = { CHILD: "1", SW_ID: "SW1", SW_DECOM: "01/04/2023", SW_DEC: null, SW_REASON: "MANAGE" };
    const SWEpisodes = [
      full,
      { ...full, SW_ID: null },
      { ...full, SW_DECOM: null },
      { ...full, SW_REASON: null },
    ];
    expect(flagsOf(ruleSW03STG1, { SWEpisodes })).toEqual({ SWEpisodes: [1, 2, 3] });
  });
  conformanceTests(ruleSW03STG1);
});
