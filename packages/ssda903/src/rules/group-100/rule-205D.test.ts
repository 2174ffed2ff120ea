import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule205D } from "./rule-205D";

describe("rule 205D", () => {
  it("flags a child UASC now who was in last year's return but not UASC", () => {
    const Header = [
      { CHILD: "1", UASC: "1" },
      { CHILD: "2", UASC: "1" },
      { CHILD: "3", UASC: "1" },
      { CHILD: "4", UASC: "0" },
    ];
    const previous = {
      Header: [
        { CHILD: "1", UASC: "1" },
        { CHILD: "2", UASC: "0" },
        { CHILD: "4", UASC: "0" },
      ],
    };
    expect(flagsOf(rule205D, { Header }, { previous })).toEqual({ Header: [1] });
  });
  conformanceTests(rule205D);
});
