import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1011 } from "./rule-1011";

describe("rule 1011", () => {
  it("flags care leaver data when the latest episode ended E3, not an earlier one", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "28/02/2024", REC: "X1" },
      { CHILD: "1", DECOM: "29/02/2024", REC: "E3" },
      { CHILD: "2", DECOM: "29/02/2024", REC: "E3" },
      { CHILD: "2", DECOM: "01/03/2024", REC: "E4A" },
      { CHILD: "3", DECOM: "01/03/2024", REC: "E3" },
    ];
    const OC3 = [
      { CHILD: "1", IN_TOUCH: "YES" },
      { CHILD: "2", IN_TOUCH: "YES" },
      { CHILD: "3", IN_TOUCH: null, ACTIV: null, ACCOM: null },
    ];
    expect(flagsOf(rule1011, { Episodes, OC3 })).toEqual({ OC3: [0] });
  });
  conformanceTests(rule1011);
});
