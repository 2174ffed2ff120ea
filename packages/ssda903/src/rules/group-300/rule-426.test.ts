import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule426 } from "./rule-426";

describe("rule 426", () => {
  it("flags every V3/V4 episode of a child who has both", () => {
    const Episodes = [
      { CHILD: "a", LS: "V3" },
      { CHILD: "a", LS: "C2" },
      { CHILD: "a", LS: "V4" },
      { CHILD: "b", LS: "V3" },
      { CHILD: "b", LS: "V3" },
    ];
    expect(flagsOf(rule426, { Episodes })).toEqual({ Episodes: [0, 2] });
  });
  conformanceTests(rule426);
});
