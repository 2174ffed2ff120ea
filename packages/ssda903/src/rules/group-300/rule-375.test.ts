import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule375 } from "./rule-375";

describe("rule 375", () => {
  it("allows 42 days in T1 and flags 42 + 1 (across 29 February 2024)", () => {
    const Header = [{ CHILD: "a", DOB: "01/01/2010" }];
    const Episodes = [
      { CHILD: "a", DECOM: "18/01/2024", DEC: "29/02/2024", PLACE: "T1" },
      { CHILD: "a", DECOM: "18/01/2024", DEC: "01/03/2024", PLACE: "T1" },
      { CHILD: "a", DECOM: "18/01/2024", DEC: "01/03/2024", PLACE: "U1" },
      { CHILD: "z", DECOM: "18/01/2024", DEC: "01/03/2024", PLACE: "T1" },
    ];
    expect(flagsOf(rule375, { Episodes, Header })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule375);
});
