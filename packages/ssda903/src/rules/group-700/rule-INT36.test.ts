import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT36 } from "./rule-INT36";

describe("rule INT36", () => {
  it("flags every record of a child that appears more than once, and no single records", () => {
    const UASC = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "1" }, { CHILD: "3" }, { CHILD: "1" }];
    expect(flagsOf(ruleINT36, { UASC })).toEqual({ UASC: [0, 2, 4] });
    expect(flagsOf(ruleINT36, { UASC: [{ CHILD: "1" }, { CHILD: "2" }] })).toEqual({});
  });
  conformanceTests(ruleINT36);
});
