import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule406 } from "./rule-406";

describe("rule 406", () => {
  it("flags a distance for a child UASC this year or last year", () => {
    const Episodes = [
      { CHILD: "a", PL_DISTANCE: "10.0" },
      { CHILD: "b", PL_DISTANCE: "10.0" },
      { CHILD: "c", PL_DISTANCE: "10.0" },
      { CHILD: "a", PL_DISTANCE: null },
    ];
    const Header = [
      { CHILD: "a", UASC: "1" },
      { CHILD: "b", UASC: "0" },
      { CHILD: "c", UASC: "0" },
    ];
    const previous = { Header: [{ CHILD: "b", UASC: "1" }] };
    expect(flagsOf(rule406, { Episodes, Header }, { previous })).toEqual({ Episodes: [0, 1] });
  });
  conformanceTests(rule406);
});
