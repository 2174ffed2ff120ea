import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule174 } from "./rule-174";

describe("rule 174", () => {
  const Header = [
    { CHILD: "1", SEX: "1", MC_DOB: "01/01/2022" },
    { CHILD: "2", SEX: "M", MC_DOB: "01/01/2022" },
    { CHILD: "3", SEX: "2", MC_DOB: "01/01/2022" },
    { CHILD: "4", SEX: "M", MC_DOB: null },
  ];
  it("male is 1 up to 2023-24", () => {
    expect(flagsOf(rule174, { Header }, { collectionYear: "2023-24" })).toEqual({ Header: [0] });
  });
  it("male is M from 2024-25", () => {
    expect(flagsOf(rule174, { Header }, { collectionYear: "2024-25" })).toEqual({ Header: [1] });
  });
  conformanceTests(rule174);
});
