import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule635 } from "./rule-635";

describe("rule 635", () => {
  it("flags an order date or LA without the option", () => {
    const PrevPerm = [
      { PREV_PERM: null, LA_PERM: "352", DATE_PERM: null },
      { PREV_PERM: null, LA_PERM: null, DATE_PERM: "01/05/2020" },
      { PREV_PERM: "P1", LA_PERM: "352", DATE_PERM: "01/05/2020" },
      { PREV_PERM: null, LA_PERM: null, DATE_PERM: null },
    ];
    expect(flagsOf(rule635, { PrevPerm })).toEqual({ PrevPerm: [0, 1] });
  });
  conformanceTests(rule635);
});
