import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule187 } from "./rule-187";

describe("rule 187", () => {
  it("flags adoption and care-leaver items of a child looked after all year", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2020", RNE: "S", DEC: null },
      { CHILD: "2", DECOM: "01/01/2020", RNE: "S", DEC: "01/06/2023", REC: "E11" },
    ];
    const OC3 = [
      { CHILD: "1", IN_TOUCH: "YES" },
      { CHILD: "2", IN_TOUCH: "YES" },
      { CHILD: "1", IN_TOUCH: null },
    ];
    const AD1 = [
      { CHILD: "1", DATE_INT: "01/01/2022" },
      { CHILD: "2", DATE_INT: "01/01/2022" },
    ];
    expect(flagsOf(rule187, { Episodes, OC3, AD1 }, { collectionYear: "2023-24" })).toEqual({
      OC3: [0],
      AD1: [0],
    });
  });
  conformanceTests(rule187);
});
