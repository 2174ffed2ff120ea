import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW04STG1 } from "./rule-SW04STG1";

describe("rule SW04STG1", () => {
  it("accepts real and ZZ-masked dates and passes blank ones and flags malformed and impossible ones", () => {
    const SWEpisodes = [
      "29/02/2024",
      "ZZ/ZZ/ZZZZ",
      "ZZ/02/2023",
      "29/02/2023",
      "zz/01/2024",
      "2024-01-01",
      null,
    ].map((SW_DECOM) => ({ CHILD: "1", SW_DECOM }));
    expect(flagsOf(ruleSW04STG1, { SWEpisodes })).toEqual({ SWEpisodes: [3, 4, 5] });
  });
  conformanceTests(ruleSW04STG1);
});
