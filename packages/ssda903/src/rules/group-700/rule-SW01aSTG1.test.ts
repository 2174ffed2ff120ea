import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW01aSTG1 } from "./rule-SW01aSTG1";

describe("rule SW01aSTG1", () => {
  it("needs an identifier only for episodes that began before 1 April 2023", () => {
    const SWEpisodes = [
      { CHILD: "1", SW_ID: null, SW_DECOM: "31/03/2023" },
      { CHILD: "1", SW_ID: null, SW_DECOM: "01/04/2023" },
      { CHILD: "1", SW_ID: "SW1", SW_DECOM: "31/03/2023" },
      { CHILD: "1", SW_ID: "SW1", SW_DECOM: null },
      { CHILD: "1", SW_ID: "SW1", SW_DECOM: "29/02/2023" },
    ];
    expect(flagsOf(ruleSW01aSTG1, { SWEpisodes })).toEqual({ SWEpisodes: [0, 3, 4] });
  });
  conformanceTests(ruleSW01aSTG1);
});
