import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule392d } from "./rule-392d";

describe("rule 392d", () => {
  it("flags equal postcodes unless placed with parents", () => {
    const Episodes = [
      { PLACE: "U1", HOME_POST: "AB1 2CD", PL_POST: "AB1 2CD" },
      { PLACE: "P1", HOME_POST: "AB1 2CD", PL_POST: "AB1 2CD" },
      { PLACE: "U1", HOME_POST: "AB1 2CD", PL_POST: "AB1 3CD" },
      { PLACE: "U1", HOME_POST: null, PL_POST: null },
    ];
    expect(flagsOf(rule392d, { Episodes })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule392d);
});
