import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule205A } from "./rule-205A";

describe("rule 205A", () => {
  it("a child no longer UASC must have ceased during last year (2023-24: 1 April 2022 to 31 March 2023)", () => {
    const UASC = ["1", "2", "3", "4"].map((CHILD) => ({ CHILD, DOB: "01/01/2005", DUC: null }));
    const Header = ["1", "2", "3", "4"].map((CHILD) => ({ CHILD, UASC: "0" }));
    const previous = {
      UASC: [
        { CHILD: "1", DOB: "01/01/2005", DUC: "01/04/2022" },
        { CHILD: "2", DOB: "01/01/2005", DUC: "31/03/2023" },
        { CHILD: "3", DOB: "01/01/2005", DUC: "01/04/2023" },
        { CHILD: "4", DOB: "01/01/2005", DUC: "31/03/2022" },
      ],
      Header: ["1", "2", "3", "4"].map((CHILD) => ({ CHILD, UASC: "1" })),
    };
    expect(flagsOf(rule205A, { UASC, Header }, { collectionYear: "2023-24", previous })).toEqual({
      UASC: [2, 3],
      Header: [2, 3],
    });
  });
  conformanceTests(rule205A);
});
