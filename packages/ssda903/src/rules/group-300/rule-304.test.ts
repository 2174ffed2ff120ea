import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule304 } from "./rule-304";

describe("rule 304", () => {
  it("allows ceasing on the 18th birthday (28 Feb for a 29 Feb birth) and flags the day after", () => {
    const UASC = [
      { CHILD: "a", DOB: "29/02/2004", DUC: "28/02/2022" },
      { CHILD: "b", DOB: "29/02/2004", DUC: "01/03/2022" },
      { CHILD: "c", DOB: "10/05/2004", DUC: "10/05/2022" },
      { CHILD: "d", DOB: "10/05/2004", DUC: "11/05/2022" },
      { CHILD: "e", DOB: null, DUC: "11/05/2022" },
    ];
    expect(flagsOf(rule304, { UASC })).toEqual({ UASC: [1, 3] });
  });
  conformanceTests(rule304);
});
