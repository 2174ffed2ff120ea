import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule207 } from "./rule-207";

describe("rule 207", () => {
  it("flags a mother last year who is not recorded as one this year, if she has an episode", () => {
    const Header = [
      { CHILD: "1", MOTHER: "1" },
      { CHILD: "2", MOTHER: "0" },
      { CHILD: "3", MOTHER: null },
      { CHILD: "4", MOTHER: "0" },
      { CHILD: "5", MOTHER: "1" },
    ];
    const Episodes = ["1", "2", "3", "5"].map((CHILD) => ({ CHILD }));
    const previous = {
      Header: [
        { CHILD: "1", MOTHER: "1" },
        { CHILD: "2", MOTHER: "1" },
        { CHILD: "3", MOTHER: "1" },
        { CHILD: "4", MOTHER: "1" },
        { CHILD: "5", MOTHER: "0" },
      ],
    };
    expect(flagsOf(rule207, { Header, Episodes }, { previous })).toEqual({ Header: [1, 2] });
  });
  conformanceTests(rule207);
});
