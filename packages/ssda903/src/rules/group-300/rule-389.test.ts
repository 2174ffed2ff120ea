import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule389 } from "./rule-389";

describe("rule 389", () => {
  it("flags E7 the day before the 16th birthday, not on it", () => {
    const Header = [{ CHILD: "a", DOB: "29/02/2008" }];
    const Episodes = [
      { CHILD: "a", REC: "E7", DEC: "27/02/2024" },
      { CHILD: "a", REC: "E7", DEC: "29/02/2024" },
      { CHILD: "a", REC: "E4A", DEC: "27/02/2024" },
      { CHILD: "a", REC: "E7", DEC: null },
      { CHILD: "z", REC: "E7", DEC: "29/02/2024" },
    ];
    // A missing end date, or a child with no date of birth, cannot show the child was 16.
    expect(flagsOf(rule389, { Episodes, Header })).toEqual({ Episodes: [0, 3, 4] });
  });
  conformanceTests(rule389);
});
