import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule571 } from "./rule-571";

describe("rule 571", () => {
  it("flags ends the day before and the day after the year, not its first and last days", () => {
    const Missing = [
      { MIS_END: "31/03/2023" },
      { MIS_END: "01/04/2023" },
      { MIS_END: "29/02/2024" },
      { MIS_END: "31/03/2024" },
      { MIS_END: "01/04/2024" },
      { MIS_END: null },
    ];
    expect(flagsOf(rule571, { Missing }, { collectionYear: "2023-24" })).toEqual({ Missing: [0, 4] });
  });
  conformanceTests(rule571);
});
