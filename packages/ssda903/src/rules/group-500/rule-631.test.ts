import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule631 } from "./rule-631";

describe("rule 631", () => {
  it("flags codes outside the list, lower case included, and passes blanks", () => {
    const PrevPerm = [
      { PREV_PERM: "P1" },
      { PREV_PERM: "p1" },
      { PREV_PERM: "P5" },
      { PREV_PERM: null },
      { PREV_PERM: "Z1" },
    ];
    expect(flagsOf(rule631, { PrevPerm })).toEqual({ PrevPerm: [1, 2] });
  });
  conformanceTests(rule631);
});
