import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule460 } from "./rule-460";

describe("rule 460", () => {
  it("flags E17 the day before the 18th birthday, not on it", () => {
    const Header = [{ CHILD: "a", DOB: "29/02/2004" }];
    const Episodes = [
      { CHILD: "a", REC: "E17", DEC: "27/02/2022" },
      { CHILD: "a", REC: "E17", DEC: "28/02/2022" },
    ];
    expect(flagsOf(rule460, { Episodes, Header })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule460);
});
