import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1005 } from "./rule-1005";

describe("rule 1005", () => {
  it("passes a blank end date and flags impossible ones (29 February only in a leap year)", () => {
    const Missing = ["29/02/2024", "29/02/2023", null, "01/04/24"].map((MIS_END) => ({
      CHILD: "1",
      MIS_END,
    }));
    expect(flagsOf(rule1005, { Missing })).toEqual({ Missing: [1, 3] });
  });
  conformanceTests(rule1005);
});
