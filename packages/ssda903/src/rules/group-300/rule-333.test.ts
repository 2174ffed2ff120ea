import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule333 } from "./rule-333";

describe("rule 333", () => {
  it("needs the decision on or before the match date when a match date is given", () => {
    const AD1 = [
      { DATE_INT: "29/02/2024", DATE_MATCH: "29/02/2024" },
      { DATE_INT: "01/03/2024", DATE_MATCH: "29/02/2024" },
      { DATE_INT: null, DATE_MATCH: "29/02/2024" },
      { DATE_INT: "01/03/2024", DATE_MATCH: null },
    ];
    expect(flagsOf(rule333, { AD1 })).toEqual({ AD1: [1, 2] });
  });
  conformanceTests(rule333);
});
