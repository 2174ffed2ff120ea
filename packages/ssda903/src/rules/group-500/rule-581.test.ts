import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule581 } from "./rule-581";

describe("rule 581", () => {
  it("flags a start before, between or after the child's episodes", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/02/2024", DEC: "29/02/2024" },
      { CHILD: "1", DECOM: "05/03/2024", DEC: null },
    ];
    const Missing = [
      { CHILD: "1", MIS_START: "31/01/2024" },
      { CHILD: "1", MIS_START: "29/02/2024" },
      { CHILD: "1", MIS_START: "01/03/2024" },
      { CHILD: "1", MIS_START: "01/01/2025" },
      { CHILD: "1", MIS_START: null },
      { CHILD: "2", MIS_START: "01/01/2025" },
    ];
    expect(flagsOf(rule581, { Episodes, Missing })).toEqual({ Missing: [0, 2, 4] });
  });
  conformanceTests(rule581);
});
