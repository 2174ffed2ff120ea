import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleSW02STG1 } from "./rule-SW02STG1";

describe("rule SW02STG1", () => {
  it("accepts SW and XX prefixes and flags lower case, other prefixes and blanks", () => {
    const SWEpisodes = ["SW123", "XX", "sw123", "S", "AB12", null].map((SW_ID) => ({ CHILD: "1", SW_ID }));
    expect(flagsOf(ruleSW02STG1, { SWEpisodes })).toEqual({ SWEpisodes: [2, 3, 4, 5] });
  });
  conformanceTests(ruleSW02STG1);
});
