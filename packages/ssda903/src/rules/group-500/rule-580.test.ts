import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule580 } from "./rule-580";

describe("rule 580", () => {
  it("flags a non-E8 ending on the 18th birthday the missing period ended", () => {
    const Episodes = [
      { CHILD: "1", DEC: "28/02/2025", REC: "E4A" },
      { CHILD: "2", DEC: "01/06/2024", REC: "E8" },
      { CHILD: "3", DEC: "01/06/2024", REC: "E4A" },
    ];
    const Missing = [
      { CHILD: "1", DOB: "29/02/2008", MIS_END: "28/02/2026" },
      { CHILD: "1", DOB: "29/02/2008", MIS_END: "28/02/2025" },
      { CHILD: "2", DOB: "01/06/2006", MIS_END: "01/06/2024" },
      { CHILD: "3", DOB: "01/06/2006", MIS_END: "31/05/2024" },
    ];
    // 29 Feb 2008 + 18 years falls on 28 Feb 2026, so child 1's ending on 28 Feb 2025 is not an 18th birthday
    expect(flagsOf(rule580, { Episodes, Missing })).toEqual({});
    const Missing2 = [{ CHILD: "1", DOB: "28/02/2007", MIS_END: "28/02/2025" }];
    expect(flagsOf(rule580, { Episodes, Missing: Missing2 })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule580);
});
