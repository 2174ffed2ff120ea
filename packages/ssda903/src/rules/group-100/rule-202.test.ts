import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule202 } from "./rule-202";

describe("rule 202", () => {
  it("flags a change of sex since last year, reading 1/2 as M/F", () => {
    const Header = [
      { CHILD: "1", SEX: "M" },
      { CHILD: "2", SEX: "F" },
      { CHILD: "3", SEX: null },
      { CHILD: "4", SEX: "F" },
      { CHILD: "5", SEX: "M" },
    ];
    const previous = {
      Header: [
        { CHILD: "1", SEX: "1" },
        { CHILD: "2", SEX: "1" },
        { CHILD: "3", SEX: null },
        { CHILD: "4", SEX: null },
      ],
    };
    expect(flagsOf(rule202, { Header }, { collectionYear: "2024-25", previous })).toEqual({ Header: [1, 3] });
  });
  it("is skipped without last year's return", () => {
    expect(flagsOf(rule202, { Header: [{ CHILD: "1", SEX: "1" }] })).toEqual({});
  });
  conformanceTests(rule202);
});
