import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule392b } from "./rule-392b";

describe("rule 392b", () => {
  it("needs both postcodes except for respite and (former) UASC children", () => {
    const Episodes = [
      { CHILD: "a", LS: "C2", HOME_POST: "AB1 2CD", PL_POST: null },
      { CHILD: "b", LS: "C2", HOME_POST: null, PL_POST: "AB1 2CD" },
      { CHILD: "c", LS: "V4", HOME_POST: null, PL_POST: null },
      { CHILD: "d", LS: "C2", HOME_POST: "AB1 2CD", PL_POST: "AB1 3CD" },
    ];
    const UASC = [{ CHILD: "b", DUC: "01/01/2024" }];
    expect(flagsOf(rule392b, { Episodes, UASC })).toEqual({ Episodes: [0] });
    expect(flagsOf(rule392b, { Episodes })).toEqual({ Episodes: [0, 1] });
  });
  conformanceTests(rule392b);
});
