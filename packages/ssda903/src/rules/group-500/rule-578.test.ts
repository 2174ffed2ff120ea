import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule578 } from "./rule-578";

describe("rule 578", () => {
  it("flags a start the day after care ended, not on the last day", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2023", DEC: "01/06/2023" },
      { CHILD: "1", DECOM: "01/06/2023", DEC: "29/02/2024" },
    ];
    const Missing = [
      { CHILD: "1", MIS_START: "29/02/2024" },
      { CHILD: "1", MIS_START: "01/03/2024" },
      { CHILD: "1", MIS_START: "31/12/2022" },
      { CHILD: "2", MIS_START: "01/03/2024" },
    ];
    expect(flagsOf(rule578, { Episodes, Missing })).toEqual({ Missing: [1, 2] });
  });
  conformanceTests(rule578);
});
