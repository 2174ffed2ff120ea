import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule601 } from "./rule-601";

describe("rule 601", () => {
  it("flags an adoption in the year with incomplete AD1 details; adoptions outside the year are left alone", () => {
    const full = {
      DATE_INT: "01/01/2023",
      DATE_MATCH: "01/02/2023",
      FOSTER_CARE: "0",
      NB_ADOPTR: "1",
      SEX_ADOPTR: "F1",
      LS_ADOPTR: "L0",
    };
    const Episodes = [
      { CHILD: "1", REC: "E11", DEC: "01/04/2023" },
      { CHILD: "2", REC: "E12", DEC: "31/03/2024" },
      { CHILD: "3", REC: "E11", DEC: "31/03/2023" },
    ];
    const AD1 = [
      { CHILD: "1", ...full, FOSTER_CARE: null },
      { CHILD: "2", ...full },
      { CHILD: "3", ...full, DATE_MATCH: null },
    ];
    expect(flagsOf(rule601, { Episodes, AD1 }, { collectionYear: "2023-24" })).toEqual({
      Episodes: [0],
      AD1: [0],
    });
  });
  conformanceTests(rule601);
});
