import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule392a } from "./rule-392a";

describe("rule 392a", () => {
  const Episodes = [
    { CHILD: "a", LS: "C2", PL_DISTANCE: null },
    { CHILD: "b", LS: "C2", PL_DISTANCE: null },
    { CHILD: "c", LS: "V3", PL_DISTANCE: null },
    { CHILD: "d", LS: "C2", PL_DISTANCE: "12.3" },
  ];
  const Header = [
    { CHILD: "a", UASC: "0" },
    { CHILD: "b", UASC: "0" },
  ];
  it("leaves out respite and children UASC last year", () => {
    const previous = { Header: [{ CHILD: "b", UASC: "1" }] };
    expect(flagsOf(rule392a, { Episodes, Header }, { previous })).toEqual({ Episodes: [0] });
  });
  it("flags nothing when no UASC information was sent", () => {
    expect(flagsOf(rule392a, { Episodes })).toEqual({});
  });
  conformanceTests(rule392a);
});
