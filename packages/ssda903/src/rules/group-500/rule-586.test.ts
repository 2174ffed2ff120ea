import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule586 } from "./rule-586";

describe("rule 586", () => {
  it("flags a start on or before the date of birth", () => {
    const Missing = [
      { DOB: "29/02/2024", MIS_START: "28/02/2024" },
      { DOB: "29/02/2024", MIS_START: "29/02/2024" },
      { DOB: "29/02/2024", MIS_START: "01/03/2024" },
      { DOB: null, MIS_START: "01/03/2024" },
    ];
    expect(flagsOf(rule586, { Missing })).toEqual({ Missing: [0, 1] });
  });
  conformanceTests(rule586);
});
