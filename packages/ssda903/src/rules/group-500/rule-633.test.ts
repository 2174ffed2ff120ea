import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule633 } from "./rule-633";

describe("rule 633", () => {
  it("accepts LA numbers and UK nation codes, flags anything else", () => {
    const PrevPerm = [
      { LA_PERM: "212" },
      { LA_PERM: "SCO" },
      { LA_PERM: "458" },
      { LA_PERM: "sco" },
      { LA_PERM: null },
    ];
    expect(flagsOf(rule633, { PrevPerm })).toEqual({ PrevPerm: [2, 3] });
  });
  conformanceTests(rule633);
});
