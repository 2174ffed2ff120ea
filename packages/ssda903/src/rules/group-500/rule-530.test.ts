import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule530 } from "./rule-530";

describe("rule 530", () => {
  it("flags PR4 only with the placement types it cannot provide", () => {
    const Episodes = [
      { PLACE: "P1", PLACE_PROVIDER: "PR4" },
      { PLACE: "K2", PLACE_PROVIDER: "PR4" },
      { PLACE: "P1", PLACE_PROVIDER: "PR5" },
      { PLACE: null, PLACE_PROVIDER: "PR4" },
    ];
    expect(flagsOf(rule530, { Episodes })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule530);
});
