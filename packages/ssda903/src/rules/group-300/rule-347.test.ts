import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule347 } from "./rule-347";

describe("rule 347", () => {
  it("flags a Foyer for someone under 18 on 1 April 2023, not someone 18 that day", () => {
    const OC3 = [
      { DOB: "01/04/2005", ACCOM: "T" },
      { DOB: "02/04/2005", ACCOM: "T" },
      { DOB: "02/04/2005", ACCOM: "B" },
      { DOB: null, ACCOM: "T" },
    ];
    expect(flagsOf(rule347, { OC3 }, { collectionYear: "2023-24" })).toEqual({ OC3: [1] });
  });
  conformanceTests(rule347);
});
