import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule518 } from "./rule-518";

describe("rule 518", () => {
  it("flags L4 adopters whose sexes are not MM/FF, blank included", () => {
    const AD1 = [
      { LS_ADOPTR: "L4", SEX_ADOPTR: "MM" },
      { LS_ADOPTR: "L4", SEX_ADOPTR: "FF" },
      { LS_ADOPTR: "L4", SEX_ADOPTR: "MF" },
      { LS_ADOPTR: "L4", SEX_ADOPTR: null },
      { LS_ADOPTR: "L3", SEX_ADOPTR: "M1" },
    ];
    expect(flagsOf(rule518, { AD1 })).toEqual({ AD1: [2, 3] });
  });
  conformanceTests(rule518);
});
