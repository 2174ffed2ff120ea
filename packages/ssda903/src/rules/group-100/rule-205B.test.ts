import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule205B } from "./rule-205B";

describe("rule 205B", () => {
  it("a child UASC both years: last year's date ceased is the 18th birthday (29 Feb birth: 28 Feb)", () => {
    const previous = {
      UASC: [
        { CHILD: "1", DOB: "29/02/2004", DUC: "28/02/2022" },
        { CHILD: "2", DOB: "15/05/2005", DUC: "15/05/2023" },
        { CHILD: "3", DOB: "15/05/2005", DUC: "14/05/2023" },
      ],
    };
    const UASC = [
      { CHILD: "1", DOB: "29/02/2004", DUC: "28/02/2022" },
      { CHILD: "2", DOB: "15/05/2005", DUC: "15/05/2023" },
      { CHILD: "3", DOB: "15/05/2005", DUC: "15/05/2023" },
    ];
    expect(flagsOf(rule205B, { UASC }, { collectionYear: "2023-24", previous })).toEqual({ UASC: [2] });
  });
  conformanceTests(rule205B);
});
