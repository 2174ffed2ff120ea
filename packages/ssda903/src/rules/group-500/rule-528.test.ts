import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule528 } from "./rule-528";

describe("rule 528", () => {
  it("flags PR2 only with the placement types it cannot provide", () => {
    const Episodes = [
      { PLACE: "P1", PLACE_PROVIDER: "PR2" },
      { PLACE: "R5", PLACE_PROVIDER: "PR2" },
      { PLACE: "K2", PLACE_PROVIDER: "PR2" },
      { PLACE: "P1", PLACE_PROVIDER: "PR1" },
    ];
    expect(flagsOf(rule528, { Episodes })).toEqual({ Episodes: [0, 1] });
  });
  conformanceTests(rule528);
});
