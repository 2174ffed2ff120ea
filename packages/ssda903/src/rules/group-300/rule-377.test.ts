import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule377 } from "./rule-377";

describe("rule 377", () => {
  it("allows two T3 episodes and flags all three when there is a third", () => {
    const Episodes = [
      { CHILD: "a", PLACE: "T3" },
      { CHILD: "a", PLACE: "U1" },
      { CHILD: "a", PLACE: "T3" },
      { CHILD: "b", PLACE: "T3" },
      { CHILD: "b", PLACE: "T3" },
      { CHILD: "b", PLACE: "T3" },
    ];
    expect(flagsOf(rule377, { Episodes })).toEqual({ Episodes: [3, 4, 5] });
  });
  conformanceTests(rule377);
});
