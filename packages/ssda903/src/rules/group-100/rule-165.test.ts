import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { createRuleContext } from "../create-rule-context";
import { rule165 } from "./rule-165";

describe("rule 165", () => {
  it("checks MOTHER against sex, episodes in the year and care leaver information (2023-24)", () => {
    const Header = [
      { CHILD: "1", SEX: "2", MOTHER: "0" },
      { CHILD: "2", SEX: "2", MOTHER: null },
      { CHILD: "3", SEX: "1", MOTHER: "1" },
      { CHILD: "4", SEX: "2", MOTHER: "2" },
      { CHILD: "5", SEX: "1", MOTHER: null },
      { CHILD: "6", SEX: "2", MOTHER: "1" },
    ];
    const Episodes = [
      { CHILD: "1", DECOM: "01/01/2023", DEC: null, LS: "C2" },
      { CHILD: "2", DECOM: "01/04/2023", DEC: null, LS: "C2" },
      { CHILD: "3", DECOM: "01/01/2023", DEC: null, LS: "C2" },
      { CHILD: "4", DECOM: "01/01/2023", DEC: null, LS: "C2" },
      { CHILD: "5", DECOM: "01/01/2023", DEC: null, LS: "C2" },
      { CHILD: "6", DECOM: "01/01/2022", DEC: "31/03/2023", LS: "C2" },
    ];
    const OC3 = [{ CHILD: "6", IN_TOUCH: "YES", ACTIV: "F1", ACCOM: "B1" }];
    expect(flagsOf(rule165, { Header, Episodes, OC3 }, { collectionYear: "2023-24" })).toEqual({
      Header: [1, 2, 3, 5],
      OC3: [0],
    });
  });
  it("from 2024-25 reads sex by the year's codes (M/F): 1/2 are not sexes any more (a listed deviation)", () => {
    const Header = [
      { CHILD: "1", SEX: "2", MOTHER: null },
      { CHILD: "2", SEX: "F", MOTHER: null },
      { CHILD: "3", SEX: "M", MOTHER: "1" },
    ];
    const Episodes = ["1", "2", "3"].map((CHILD) => ({ CHILD, DECOM: "01/05/2024", DEC: null, LS: "C2" }));
    expect(flagsOf(rule165, { Header, Episodes, OC3: [] }, { collectionYear: "2024-25" })).toEqual({
      Header: [1, 2],
    });
  });
  it("says which check fired", () => {
    const Header = [
      { CHILD: "1", SEX: "F", MOTHER: "7" },
      { CHILD: "2", SEX: "M", MOTHER: "0" },
      { CHILD: "3", SEX: "F", MOTHER: null },
    ];
    const Episodes = ["1", "2", "3"].map((CHILD) => ({ CHILD, DECOM: "01/05/2024", DEC: null, LS: "C2" }));
    const ctx = createRuleContext({ collectionYear: "2024-25", tables: { Header, Episodes, OC3: [] } });
    const checks = [...rule165.check(ctx)].map((f) => [f.table, f.row, f.check]);
    expect(checks).toEqual([
      ["Header", 0, "invalid"],
      ["Header", 1, "boy"],
      ["Header", 2, "missing"],
    ]);
    for (const key of ["invalid", "boy", "missing", "careLeaver"]) expect(rule165.messages[key]).toBeTruthy();
  });
  conformanceTests(rule165);
});
