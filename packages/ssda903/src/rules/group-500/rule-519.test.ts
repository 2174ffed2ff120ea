import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule519 } from "./rule-519";

describe("rule 519", () => {
  it("flags L2 adopters whose sexes are not MM/FF/MF, blank included", () => {
    const AD1 = [
      { LS_ADOPTR: "L2", SEX_ADOPTR: "MM" },
      { LS_ADOPTR: "L2", SEX_ADOPTR: "M1" },
      { LS_ADOPTR: "L2", SEX_ADOPTR: null },
      { LS_ADOPTR: "L1", SEX_ADOPTR: "M1" },
      { LS_ADOPTR: "L2", SEX_ADOPTR: "MF" },
    ];
    expect(flagsOf(rule519, { AD1 })).toEqual({ AD1: [1, 2] });
  });
  conformanceTests(rule519);
});
