import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW05STG1 } from "./rule-SW05STG1";

describe("rule SW05STG1", () => {
  it("passes blank and ZZ-masked end dates and flags impossible ones", () => {
    const SWEpisodes = [null, "ZZ/ZZ/ZZZZ", "29/02/2024", "29/02/2023", "31/03/24"].map((SW_DEC) => ({
      CHILD: "1",
      SW_DEC,
    }));
    expect(flagsOf(ruleSW05STG1, { SWEpisodes })).toEqual({ SWEpisodes: [3, 4] });
  });
  conformanceTests(ruleSW05STG1);
});
