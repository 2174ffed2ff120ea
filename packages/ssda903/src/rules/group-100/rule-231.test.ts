import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule231 } from "./rule-231";

describe("rule 231", () => {
  it("queries UASC children born after 31 March eleven years before the year end", () => {
    const Header = [
      { CHILD: "1", DOB: "01/04/2014", UASC: "1" },
      { CHILD: "2", DOB: "31/03/2014", UASC: "1" },
      { CHILD: "3", DOB: "01/04/2014", UASC: "0" },
      { CHILD: "4", DOB: "30/03/2014", UASC: "1" },
    ];
    expect(flagsOf(rule231, { Header }, { collectionYear: "2024-25" })).toEqual({ Header: [0] });
  });
  conformanceTests(rule231);
});
