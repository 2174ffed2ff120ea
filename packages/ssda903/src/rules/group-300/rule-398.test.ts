import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule398 } from "./rule-398";

describe("rule 398", () => {
  it("flags postcodes on V3/V4 episodes", () => {
    const Episodes = [
      { LS: "V3", HOME_POST: "AB1 2CD", PL_POST: null },
      { LS: "V4", HOME_POST: null, PL_POST: null },
      { LS: "C2", HOME_POST: "AB1 2CD", PL_POST: "AB1 2CD" },
    ];
    expect(flagsOf(rule398, { Episodes })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule398);
});
