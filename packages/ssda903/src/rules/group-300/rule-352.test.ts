import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule352 } from "./rule-352";

describe("rule 352", () => {
  it("flags a start on the 18th birthday, not the day before", () => {
    const Episodes = [
      { CHILD: "a", RNE: "S", DECOM: "28/02/2022" },
      { CHILD: "b", RNE: "S", DECOM: "27/02/2022" },
      { CHILD: "a", RNE: "P", DECOM: "01/03/2022" },
    ];
    const Header = [
      { CHILD: "a", DOB: "29/02/2004" },
      { CHILD: "b", DOB: "28/02/2004" },
    ];
    expect(flagsOf(rule352, { Episodes, Header })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule352);
});
