import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule620 } from "./rule-620";

describe("rule 620", () => {
  it("flags a mother whose 11th birthday is after 1 April, not on it (29 Feb births move to 28 Feb)", () => {
    const Header = [
      { MOTHER: "1", DOB: "01/04/2012" },
      { MOTHER: "1", DOB: "02/04/2012" },
      { MOTHER: "1", DOB: "29/02/2012" },
      { MOTHER: "0", DOB: "02/04/2015" },
      { MOTHER: "1", DOB: null },
    ];
    expect(flagsOf(rule620, { Header }, { collectionYear: "2023-24" })).toEqual({ Header: [1] });
  });
  conformanceTests(rule620);
});
