import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule517 } from "./rule-517";

describe("rule 517", () => {
  it("flags L3 adopters whose sexes are not MF, blank included", () => {
    const AD1 = [
      { LS_ADOPTR: "L3", SEX_ADOPTR: "MF" },
      { LS_ADOPTR: "L3", SEX_ADOPTR: "MM" },
      { LS_ADOPTR: "L1", SEX_ADOPTR: "FF" },
      { LS_ADOPTR: "L3", SEX_ADOPTR: null },
      { LS_ADOPTR: "L4", SEX_ADOPTR: "MF" },
    ];
    expect(flagsOf(rule517, { AD1 })).toEqual({ AD1: [1, 3] });
  });
  conformanceTests(rule517);
});
