import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule362 } from "./rule-362";

describe("rule 362", () => {
  it("flags an L2 spell of 22 days, not 21", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "08/02/2024", DEC: "29/02/2024", LS: "L2" },
      { CHILD: "b", DECOM: "08/02/2024", DEC: "20/02/2024", LS: "L2" },
      { CHILD: "b", DECOM: "20/02/2024", DEC: "01/03/2024", LS: "L2" },
      { CHILD: "c", DECOM: "08/02/2024", DEC: "20/02/2024", LS: "L2" },
      { CHILD: "c", DECOM: "21/02/2024", DEC: "01/03/2024", LS: "L2" },
    ];
    expect(flagsOf(rule362, { Episodes })).toEqual({ Episodes: [1, 2] });
  });
  conformanceTests(rule362);
});
