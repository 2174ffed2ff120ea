import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule612 } from "./rule-612";

describe("rule 612", () => {
  it("reads female as 2 before 2024-25 and F from then on", () => {
    const Header = [
      { SEX: "2", MOTHER: "0", MC_DOB: "01/01/2024" },
      { SEX: "F", MOTHER: null, MC_DOB: "01/01/2024" },
      { SEX: "2", MOTHER: "1", MC_DOB: "01/01/2024" },
      { SEX: "F", MOTHER: "0", MC_DOB: null },
    ];
    expect(flagsOf(rule612, { Header }, { collectionYear: "2023-24" })).toEqual({ Header: [0] });
    expect(flagsOf(rule612, { Header }, { collectionYear: "2024-25" })).toEqual({ Header: [1] });
  });
  conformanceTests(rule612);
});
