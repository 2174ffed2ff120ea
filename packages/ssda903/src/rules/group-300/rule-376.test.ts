import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule376 } from "./rule-376";

describe("rule 376", () => {
  it("allows 21 days in T3 and flags 21 + 1 (across 29 February 2024)", () => {
    const Header = [{ CHILD: "a", DOB: "01/01/2010" }];
    const Episodes = [
      { CHILD: "a", DECOM: "08/02/2024", DEC: "29/02/2024", PLACE: "T3" },
      { CHILD: "a", DECOM: "08/02/2024", DEC: "01/03/2024", PLACE: "T3" },
      { CHILD: "a", DECOM: "08/02/2024", DEC: "01/03/2024", PLACE: "U1" },
      { CHILD: "z", DECOM: "08/02/2024", DEC: "01/03/2024", PLACE: "T3" },
    ];
    expect(flagsOf(rule376, { Episodes, Header })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule376);
});
