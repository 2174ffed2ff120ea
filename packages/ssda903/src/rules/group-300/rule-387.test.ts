import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule387 } from "./rule-387";

describe("rule 387", () => {
  it("flags independent living the day before the 14th birthday, not on it", () => {
    const Header = [{ CHILD: "a", DOB: "29/02/2008" }];
    const Episodes = [
      { CHILD: "a", REC: "E5", DEC: "27/02/2022" },
      { CHILD: "a", REC: "E6", DEC: "28/02/2022" },
      { CHILD: "a", REC: "E4", DEC: "27/02/2022" },
      { CHILD: "a", REC: "E5", DEC: null },
      { CHILD: "z", REC: "E5", DEC: "28/02/2022" },
    ];
    // No end date: not judged. No date of birth: the age cannot be confirmed, so flagged.
    expect(flagsOf(rule387, { Episodes, Header })).toEqual({ Episodes: [0, 4] });
  });
  conformanceTests(rule387);
});
