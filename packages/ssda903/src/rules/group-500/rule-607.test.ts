import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule607 } from "./rule-607";

describe("rule 607", () => {
  it("flags a girl leaving care in the year with MOTHER blank (2 before 2024-25, F from then)", () => {
    const Episodes = [
      { CHILD: "1", DEC: "01/04/2023", REC: "E4A", LS: "C2" },
      { CHILD: "2", DEC: "31/03/2024", REC: "X1", LS: "C2" },
      { CHILD: "3", DEC: "31/03/2024", REC: "E4A", LS: "V3" },
    ];
    const Header = [
      { CHILD: "1", SEX: "2", MOTHER: null },
      { CHILD: "2", SEX: "2", MOTHER: null },
      { CHILD: "3", SEX: "2", MOTHER: null },
    ];
    expect(flagsOf(rule607, { Episodes, Header }, { collectionYear: "2023-24" })).toEqual({
      Episodes: [0],
      Header: [0],
    });
    const Header25 = Header.map((h) => ({ ...h, SEX: "F" }));
    const Episodes25 = [
      { CHILD: "1", DEC: "01/04/2024", REC: "E4A", LS: "C2" },
      { CHILD: "2", DEC: "31/03/2025", REC: "X1", LS: "C2" },
      { CHILD: "3", DEC: "31/03/2025", REC: "E4A", LS: "V3" },
    ];
    expect(
      flagsOf(rule607, { Episodes: Episodes25, Header: Header25 }, { collectionYear: "2024-25" }),
    ).toEqual({
      Episodes: [0],
      Header: [0],
    });
  });
  conformanceTests(rule607);
});
