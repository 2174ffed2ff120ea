import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule567 } from "./rule-567";

describe("rule 567", () => {
  it("flags an end the day before the start, not on the same day", () => {
    const Missing = [
      { MIS_START: "01/03/2024", MIS_END: "29/02/2024" },
      { MIS_START: "29/02/2024", MIS_END: "29/02/2024" },
      { MIS_START: "29/02/2024", MIS_END: null },
      { MIS_START: "29/02/2023", MIS_END: "01/01/2023" },
    ];
    expect(flagsOf(rule567, { Missing })).toEqual({ Missing: [0] });
  });
  conformanceTests(rule567);
});
