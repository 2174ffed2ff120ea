import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT21 } from "./rule-INT21";

describe("rule INT21", () => {
  it("flags a sex code that differs from the Header's, exactly as written", () => {
    const Header = [
      { CHILD: "1", SEX: "1" },
      { CHILD: "2", SEX: "2" },
      { CHILD: "3", SEX: null },
    ];
    const UASC = [
      { CHILD: "1", SEX: "1" },
      { CHILD: "2", SEX: "1" },
      { CHILD: "3", SEX: "1" },
      { CHILD: "1", SEX: null },
    ];
    expect(flagsOf(ruleINT21, { Header, UASC })).toEqual({ UASC: [1] });
  });
  conformanceTests(ruleINT21);
});
