import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule451 } from "./rule-451";

describe("rule 451", () => {
  it("flags open D1 episodes only", () => {
    const Episodes = [
      { LS: "D1", DEC: null, REC: null },
      { LS: "D1", DEC: "01/01/2006", REC: "E11" },
      { LS: "C2", DEC: null, REC: null },
    ];
    expect(flagsOf(rule451, { Episodes })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule451);
});
