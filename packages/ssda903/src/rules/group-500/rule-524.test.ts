import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule524 } from "./rule-524";

describe("rule 524", () => {
  it("flags L12 adopters whose sexes are not MM/FF, blank included", () => {
    const AD1 = [
      { LS_ADOPTR: "L12", SEX_ADOPTR: "MM" },
      { LS_ADOPTR: "L12", SEX_ADOPTR: "FF" },
      { LS_ADOPTR: "L12", SEX_ADOPTR: "MF" },
      { LS_ADOPTR: "L12", SEX_ADOPTR: null },
      { LS_ADOPTR: "L11", SEX_ADOPTR: "MF" },
    ];
    expect(flagsOf(rule524, { AD1 })).toEqual({ AD1: [2, 3] });
  });
  conformanceTests(rule524);
});
