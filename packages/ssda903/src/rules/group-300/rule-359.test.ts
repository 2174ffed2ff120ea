import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule359 } from "./rule-359";

describe("rule 359", () => {
  it("flags an open episode of someone whose 18th birthday falls before 31 March, unless V2 in K2", () => {
    const Episodes = [
      { CHILD: "a", DEC: null, LS: "C2", PLACE: "U1" },
      { CHILD: "b", DEC: null, LS: "C2", PLACE: "U1" },
      { CHILD: "c", DEC: null, LS: "V2", PLACE: "K2" },
      { CHILD: "a", DEC: "01/01/2023", LS: "C2", PLACE: "U1" },
    ];
    const Header = [
      { CHILD: "a", DOB: "30/03/2005" },
      { CHILD: "b", DOB: "31/03/2005" },
      { CHILD: "c", DOB: "01/01/2000" },
    ];
    expect(flagsOf(rule359, { Episodes, Header }, { collectionYear: "2022-23" })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule359);
});
