import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule520 } from "./rule-520";

describe("rule 520", () => {
  it("flags L11 adopters whose sexes are not MF, blank included", () => {
    const AD1 = [
      { LS_ADOPTR: "L11", SEX_ADOPTR: "MF" },
      { LS_ADOPTR: "L11", SEX_ADOPTR: "MM" },
      { LS_ADOPTR: "L11", SEX_ADOPTR: null },
      { LS_ADOPTR: "L12", SEX_ADOPTR: "FF" },
    ];
    expect(flagsOf(rule520, { AD1 })).toEqual({ AD1: [1, 2] });
  });
  conformanceTests(rule520);
});
