import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule134 } from "./rule-134";

describe("rule 134", () => {
  it("flags adoption items of a child with care leaver items", () => {
    const OC3 = [
      { CHILD: "1", IN_TOUCH: "YES" },
      { CHILD: "2", IN_TOUCH: null },
    ];
    const AD1 = [
      { CHILD: "1", DATE_INT: "01/01/2022" },
      { CHILD: "1", DATE_INT: null },
      { CHILD: "2", DATE_INT: "01/01/2022" },
    ];
    expect(flagsOf(rule134, { OC3, AD1 })).toEqual({ AD1: [0] });
  });
  conformanceTests(rule134);
});
