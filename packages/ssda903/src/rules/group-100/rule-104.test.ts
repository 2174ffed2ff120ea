import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule104 } from "./rule-104";

describe("rule 104", () => {
  it("flags a date before 1 April of the collection year or not a date; passes 1 April and blanks", () => {
    const UASC = ["31/03/2024", "01/04/2024", "02/04/2024", "29/02/2025", null, "INVALID"].map((DUC, i) => ({
      CHILD: String(i),
      DUC,
    }));
    expect(flagsOf(rule104, { UASC }, { collectionYear: "2024-25" })).toEqual({ UASC: [0, 3, 5] });
  });
  conformanceTests(rule104);
});
