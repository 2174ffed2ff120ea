import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule407 } from "./rule-407";

describe("rule 407", () => {
  it("allows an SGO on the 18th birthday and flags the day after", () => {
    const Header = [
      { CHILD: "a", DOB: "29/02/2004" },
      { CHILD: "b", DOB: "29/02/2004" },
    ];
    const Episodes = [
      { CHILD: "a", REC: "E45", DEC: "28/02/2022" },
      { CHILD: "b", REC: "E48", DEC: "01/03/2022" },
      { CHILD: "b", REC: "E4A", DEC: "01/03/2022" },
    ];
    expect(flagsOf(rule407, { Episodes, Header })).toEqual({ Episodes: [1], Header: [1] });
  });
  conformanceTests(rule407);
});
