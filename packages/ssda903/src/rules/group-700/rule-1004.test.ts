import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1004 } from "./rule-1004";

describe("rule 1004", () => {
  it("flags blank and impossible start dates (29 February only in a leap year)", () => {
    const Missing = ["29/02/2024", "29/02/2023", null, "2024-02-01", "31/04/2024"].map((MIS_START) => ({
      CHILD: "1",
      MIS_START,
    }));
    expect(flagsOf(rule1004, { Missing })).toEqual({ Missing: [1, 2, 3, 4] });
  });
  conformanceTests(rule1004);
});
