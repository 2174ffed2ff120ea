import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule577 } from "./rule-577";

describe("rule 577", () => {
  it("flags an open missing period once care has ended, and one ending outside every period", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2023", DEC: "29/02/2024" },
      { CHILD: "2", DECOM: "01/01/2023", DEC: null },
      { CHILD: "3", DECOM: "01/01/2023", DEC: "01/06/2023" },
      { CHILD: "3", DECOM: "01/09/2023", DEC: "29/02/2024" },
    ];
    const Missing = [
      { CHILD: "1", MIS_START: "01/02/2024", MIS_END: null },
      { CHILD: "2", MIS_START: "01/02/2024", MIS_END: null },
      { CHILD: "3", MIS_START: "01/02/2024", MIS_END: "29/02/2024" },
      { CHILD: "3", MIS_START: "01/02/2024", MIS_END: "01/03/2024" },
      { CHILD: "4", MIS_START: "01/02/2024", MIS_END: null },
    ];
    expect(flagsOf(rule577, { Episodes, Missing })).toEqual({ Missing: [0, 3] });
  });
  conformanceTests(rule577);
});
