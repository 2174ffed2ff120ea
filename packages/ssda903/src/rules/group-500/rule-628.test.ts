import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule628 } from "./rule-628";

describe("rule 628", () => {
  it("flags MOTHER for a care leaver with no episodes", () => {
    const Header = [
      { CHILD: "1", MOTHER: "0" },
      { CHILD: "2", MOTHER: "1" },
      { CHILD: "3", MOTHER: null },
      { CHILD: "4", MOTHER: "0" },
    ];
    const Episodes = [{ CHILD: "2" }];
    const OC3 = [
      { CHILD: "1", IN_TOUCH: "YES" },
      { CHILD: "2", IN_TOUCH: "YES" },
      { CHILD: "3", ACCOM: "S" },
      { CHILD: "4" },
    ];
    expect(flagsOf(rule628, { Header, Episodes, OC3 })).toEqual({ Header: [0] });
  });
  conformanceTests(rule628);
});
