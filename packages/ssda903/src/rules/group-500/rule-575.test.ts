import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule575 } from "./rule-575";

describe("rule 575", () => {
  it("flags an open missing period that started within an ended episode, on its first or last day", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/02/2024", DEC: "29/02/2024" },
      { CHILD: "2", DECOM: "01/02/2024", DEC: null },
    ];
    const Missing = [
      { CHILD: "1", MIS_START: "29/02/2024", MIS_END: null },
      { CHILD: "1", MIS_START: "01/03/2024", MIS_END: null },
      { CHILD: "1", MIS_START: "01/02/2024", MIS_END: null },
      { CHILD: "1", MIS_START: "10/02/2024", MIS_END: "11/02/2024" },
      { CHILD: "2", MIS_START: "10/02/2024", MIS_END: null },
    ];
    expect(flagsOf(rule575, { Episodes, Missing })).toEqual({ Missing: [0, 2] });
  });
  conformanceTests(rule575);
});
