import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1014 } from "./rule-1014";

describe("rule 1014", () => {
  it("flags UASC and OC3 records of a care leaver whose episodes all ended before 1 April 2023 (2023-24)", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2023", DEC: "31/03/2023" },
      { CHILD: "2", DECOM: "01/01/2023", DEC: "01/04/2023" },
      { CHILD: "3", DECOM: "01/01/2023", DEC: null },
    ];
    const UASC = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "3" }];
    const OC3 = [
      { CHILD: "1", IN_TOUCH: "YES" },
      { CHILD: "2", IN_TOUCH: "YES" },
      { CHILD: "3", IN_TOUCH: "YES" },
    ];
    expect(flagsOf(rule1014, { Episodes, UASC, OC3 }, { collectionYear: "2023-24" })).toEqual({
      UASC: [0],
      OC3: [0],
    });
  });
  conformanceTests(rule1014);
});
