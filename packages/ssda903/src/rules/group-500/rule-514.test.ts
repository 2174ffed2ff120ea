import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule514 } from "./rule-514";

describe("rule 514", () => {
  it("flags a single adopter whose sex is coded as a couple or blank", () => {
    const AD1 = [
      { LS_ADOPTR: "L0", SEX_ADOPTR: "M1" },
      { LS_ADOPTR: "L0", SEX_ADOPTR: "MF" },
      { LS_ADOPTR: "L0", SEX_ADOPTR: null },
      { LS_ADOPTR: "L1", SEX_ADOPTR: "MM" },
      { LS_ADOPTR: "L0", SEX_ADOPTR: "F1" },
    ];
    expect(flagsOf(rule514, { AD1 })).toEqual({ AD1: [1, 2] });
  });
  conformanceTests(rule514);
});
