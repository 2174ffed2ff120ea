import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule574 } from "./rule-574";

describe("rule 574", () => {
  it("flags a period that starts before the previous one ends, or after an open one", () => {
    const Missing = [
      { CHILD: "1", MIS_START: "01/02/2024", MIS_END: "29/02/2024" },
      { CHILD: "1", MIS_START: "28/02/2024", MIS_END: "05/03/2024" },
      { CHILD: "2", MIS_START: "01/02/2024", MIS_END: "29/02/2024" },
      { CHILD: "2", MIS_START: "29/02/2024", MIS_END: "05/03/2024" },
      { CHILD: "3", MIS_START: "01/02/2024", MIS_END: null },
      { CHILD: "3", MIS_START: "05/03/2024", MIS_END: "06/03/2024" },
    ];
    expect(flagsOf(rule574, { Missing })).toEqual({ Missing: [1, 5] });
  });
  conformanceTests(rule574);
});
