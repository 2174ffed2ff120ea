import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1010 } from "./rule-1010";

describe("rule 1010", () => {
  it("flags a care leaver whose latest episode last year was open and who has no episode this year", () => {
    const OC3 = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "3" }];
    const Episodes = [{ CHILD: "3", DECOM: "01/04/2023", DEC: null }];
    const previous = {
      Episodes: [
        { CHILD: "1", DECOM: "29/02/2020", DEC: null },
        { CHILD: "2", DECOM: "01/01/2020", DEC: null },
        { CHILD: "2", DECOM: "01/02/2020", DEC: "01/03/2020" },
        { CHILD: "3", DECOM: "01/01/2020", DEC: null },
      ],
    };
    expect(flagsOf(rule1010, { Episodes, OC3 }, { previous })).toEqual({ OC3: [0] });
    expect(flagsOf(rule1010, { Episodes, OC3 })).toEqual({});
  });
  conformanceTests(rule1010);
});
