import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1007 } from "./rule-1007";

describe("rule 1007", () => {
  it("flags a 17-year-old looked after over their birthday, not one who left on it (2023-24)", () => {
    const OC3 = [
      { CHILD: "1", DOB: "01/02/2007", IN_TOUCH: "YES" },
      { CHILD: "2", DOB: "01/02/2007", IN_TOUCH: "YES" },
      { CHILD: "3", DOB: "01/02/2007", IN_TOUCH: null, ACTIV: null, ACCOM: null },
      { CHILD: "4", DOB: "01/04/2007", IN_TOUCH: "YES" },
    ];
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2024", DEC: "02/02/2024" },
      { CHILD: "2", DECOM: "01/01/2024", DEC: "01/02/2024" },
      { CHILD: "3", DECOM: "01/01/2024", DEC: "02/02/2024" },
      { CHILD: "4", DECOM: "01/01/2024", DEC: "02/04/2024" },
    ];
    expect(flagsOf(rule1007, { Episodes, OC3 }, { collectionYear: "2023-24" })).toEqual({ OC3: [0] });
  });
  conformanceTests(rule1007);
});
