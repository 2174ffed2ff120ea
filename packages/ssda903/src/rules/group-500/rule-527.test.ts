import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule527 } from "./rule-527";

describe("rule 527", () => {
  it("flags PR1 only with the placement types it cannot provide", () => {
    const Episodes = [
      { PLACE: "P1", PLACE_PROVIDER: "PR1" },
      { PLACE: "R2", PLACE_PROVIDER: "PR1" },
      { PLACE: "R5", PLACE_PROVIDER: "PR1" },
      { PLACE: "U1", PLACE_PROVIDER: "PR1" },
      { PLACE: "P1", PLACE_PROVIDER: "PR2" },
    ];
    expect(flagsOf(rule527, { Episodes })).toEqual({ Episodes: [0, 1, 2] });
  });
  conformanceTests(rule527);
});
