import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule531 } from "./rule-531";

describe("rule 531", () => {
  it("flags PR5 only with the placement types it cannot provide", () => {
    const Episodes = [
      { PLACE: "P1", PLACE_PROVIDER: "PR5" },
      { PLACE: "K2", PLACE_PROVIDER: "PR5" },
      { PLACE: "P1", PLACE_PROVIDER: "PR4" },
    ];
    expect(flagsOf(rule531, { Episodes })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule531);
});
