import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule205C } from "./rule-205C";

describe("rule 205C", () => {
  it("flags a date ceased for a child UASC in neither year", () => {
    const Header = [
      { CHILD: "1", UASC: "0" },
      { CHILD: "2", UASC: "1" },
    ];
    const UASC = [
      { CHILD: "1", DOB: "01/01/2006", DUC: "01/06/2023" },
      { CHILD: "2", DOB: "01/01/2006", DUC: "01/06/2023" },
    ];
    const previous = {
      Header: [{ CHILD: "1", UASC: "0" }],
      UASC: [{ CHILD: "1", DOB: "01/01/2006", DUC: null }],
    };
    expect(flagsOf(rule205C, { Header, UASC }, { collectionYear: "2023-24", previous })).toEqual({
      UASC: [0],
      Header: [0],
    });
  });
  conformanceTests(rule205C);
});
