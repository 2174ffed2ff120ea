import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule391 } from "./rule-391";

describe("rule 391", () => {
  it("flags details for someone turning 17 after 31 March, not on it", () => {
    const OC3 = [
      { DOB: "31/03/2007", IN_TOUCH: "YES", ACTIV: null, ACCOM: null },
      { DOB: "01/04/2007", IN_TOUCH: "YES", ACTIV: null, ACCOM: null },
      { DOB: "01/04/2007", IN_TOUCH: null, ACTIV: null, ACCOM: null },
    ];
    expect(flagsOf(rule391, { OC3 }, { collectionYear: "2023-24" })).toEqual({ OC3: [1] });
  });
  conformanceTests(rule391);
});
