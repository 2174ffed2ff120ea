import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule386 } from "./rule-386";

describe("rule 386", () => {
  it("flags adoption on the 18th birthday (28 Feb for a 29 Feb birth), not the day before", () => {
    const Header = [{ CHILD: "a", DOB: "29/02/2004" }];
    const Episodes = [
      { CHILD: "a", REC: "E11", DEC: "28/02/2022" },
      { CHILD: "a", REC: "E12", DEC: "27/02/2022" },
      { CHILD: "a", REC: "E4", DEC: "28/02/2022" },
    ];
    expect(flagsOf(rule386, { Episodes, Header })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule386);
});
