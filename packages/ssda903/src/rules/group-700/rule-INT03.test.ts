import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT03 } from "./rule-INT03";

describe("rule INT03", () => {
  it("flags only the Episodes rows whose child has no Header record", () => {
    const Header = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "2" }];
    const Episodes = [{ CHILD: "2" }, { CHILD: "3" }, { CHILD: "1" }, { CHILD: "10" }];
    expect(flagsOf(ruleINT03, { Header, Episodes })).toEqual({ Episodes: [1, 3] });
    expect(flagsOf(ruleINT03, { Header: [], Episodes })).toEqual({ Episodes: [0, 1, 2, 3] });
  });
  conformanceTests(ruleINT03);
});
