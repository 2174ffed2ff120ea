import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule393 } from "./rule-393";

describe("rule 393", () => {
  const Episodes = [
    { CHILD: "a", LS: "C2" },
    { CHILD: "b", LS: "V3" },
  ];
  it("uses sex code 2 before 2024-25", () => {
    const Header = [
      { CHILD: "a", SEX: "2", MOTHER: null },
      { CHILD: "b", SEX: "2", MOTHER: null },
    ];
    expect(flagsOf(rule393, { Header, Episodes }, { collectionYear: "2023-24" })).toEqual({ Header: [0] });
    expect(flagsOf(rule393, { Header, Episodes }, { collectionYear: "2024-25" })).toEqual({});
  });
  it("uses sex code F from 2024-25", () => {
    const Header = [{ CHILD: "a", SEX: "F", MOTHER: null }];
    expect(flagsOf(rule393, { Header, Episodes }, { collectionYear: "2024-25" })).toEqual({ Header: [0] });
  });
  conformanceTests(rule393);
});
