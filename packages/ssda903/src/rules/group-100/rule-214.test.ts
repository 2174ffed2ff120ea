import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule214 } from "./rule-214";

describe("rule 214", () => {
  it("flags a postcode or URN on a short break only", () => {
    const Episodes = [
      { CHILD: "1", LS: "V3", PL_POST: "M2 3RT", URN: null },
      { CHILD: "2", LS: "V4", PL_POST: null, URN: "SC045099" },
      { CHILD: "3", LS: "V4", PL_POST: null, URN: null },
      { CHILD: "4", LS: "C2", PL_POST: "M2 3RT", URN: "SC045099" },
    ];
    expect(flagsOf(rule214, { Episodes })).toEqual({ Episodes: [0, 1] });
  });
  conformanceTests(rule214);
});
