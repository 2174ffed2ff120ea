import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule542 } from "./rule-542";

describe("rule 542", () => {
  it("flags a child whose 10th birthday falls after 31 March, not on it", () => {
    const OC2 = [
      { DOB: "01/04/2014", CONVICTED: "1" },
      { DOB: "31/03/2014", CONVICTED: "1" },
      { DOB: "01/04/2014", CONVICTED: null },
      { DOB: "29/02/2016", CONVICTED: "0" },
    ];
    expect(flagsOf(rule542, { OC2 }, { collectionYear: "2023-24" })).toEqual({ OC2: [0, 3] });
  });
  conformanceTests(rule542);
});
