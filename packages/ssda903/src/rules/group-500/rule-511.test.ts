import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule511 } from "./rule-511";

describe("rule 511", () => {
  it("flags two adopters coded as a single adopter's sex only", () => {
    const AD1 = [
      { NB_ADOPTR: "2", SEX_ADOPTR: "MF" },
      { NB_ADOPTR: "2", SEX_ADOPTR: "M1" },
      { NB_ADOPTR: "1", SEX_ADOPTR: "F1" },
      { NB_ADOPTR: "2", SEX_ADOPTR: "F1" },
      { NB_ADOPTR: "2", SEX_ADOPTR: null },
    ];
    expect(flagsOf(rule511, { AD1 })).toEqual({ AD1: [1, 3] });
  });
  conformanceTests(rule511);
});
