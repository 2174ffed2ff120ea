import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule504 } from "./rule-504";

describe("rule 504", () => {
  it("flags a changed category of need across an X1 change on the same day only", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "01/04/2020", DEC: "29/02/2024", REC: "X1", CIN: "N1" },
      { CHILD: "1", DECOM: "29/02/2024", DEC: "01/03/2024", REC: "X1", CIN: "N2" },
      { CHILD: "1", DECOM: "02/03/2024", DEC: null, REC: null, CIN: "N3" },
      { CHILD: "2", DECOM: "01/04/2020", DEC: "01/05/2020", REC: "E11", CIN: "N1" },
      { CHILD: "2", DECOM: "01/05/2020", DEC: null, REC: null, CIN: "N2" },
      { CHILD: "3", DECOM: "01/04/2020", DEC: "01/05/2020", REC: "X1", CIN: "N4" },
      { CHILD: "3", DECOM: "01/05/2020", DEC: null, REC: null, CIN: "N4" },
    ];
    expect(flagsOf(rule504, { Episodes })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule504);
});
