import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1016 } from "./rule-1016";

describe("rule 1016", () => {
  it("flags a leaver who ceased on or after the 17th or 18th birthday, not the day before (2023-24)", () => {
    const OC3 = [
      { CHILD: "1", DOB: "29/02/2008", IN_TOUCH: "YES" }, // 16 on 31 March 2024: not checked
      { CHILD: "2", DOB: "01/03/2007", IN_TOUCH: "YES" }, // 17th birthday 1 March 2024
      { CHILD: "3", DOB: "01/03/2007", IN_TOUCH: "YES" },
      { CHILD: "4", DOB: "01/03/2006", IN_TOUCH: "YES" }, // 18th birthday 1 March 2024
    ];
    const Episodes = [
      { CHILD: "1", DEC: "30/03/2024" },
      { CHILD: "2", DEC: "01/03/2024" },
      { CHILD: "3", DEC: "29/02/2024" },
      { CHILD: "4", DEC: "29/02/2024" },
    ];
    expect(flagsOf(rule1016, { Episodes, OC3 }, { collectionYear: "2023-24" })).toEqual({ OC3: [1] });
  });
  conformanceTests(rule1016);
});
