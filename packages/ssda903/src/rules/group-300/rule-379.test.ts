import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule379 } from "./rule-379";

describe("rule 379", () => {
  it("allows 7 days in T4 and flags 7 + 1 (across 29 February 2024)", () => {
    const Header = [{ CHILD: "a", DOB: "01/01/2010" }];
    const Episodes = [
      { CHILD: "a", DECOM: "22/02/2024", DEC: "29/02/2024", PLACE: "T4" },
      { CHILD: "a", DECOM: "22/02/2024", DEC: "01/03/2024", PLACE: "T4" },
      { CHILD: "a", DECOM: "22/02/2024", DEC: "01/03/2024", PLACE: "U1" },
      { CHILD: "z", DECOM: "22/02/2024", DEC: "01/03/2024", PLACE: "T4" },
    ];
    expect(flagsOf(rule379, { Episodes, Header })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule379);
});
