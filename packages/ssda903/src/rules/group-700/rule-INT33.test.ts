import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT33 } from "./rule-INT33";

describe("rule INT33", () => {
  it("flags every record of a child that appears more than once, and no single records", () => {
    const OC2 = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "1" }, { CHILD: "3" }, { CHILD: "1" }];
    expect(flagsOf(ruleINT33, { OC2 })).toEqual({ OC2: [0, 2, 4] });
    expect(flagsOf(ruleINT33, { OC2: [{ CHILD: "1" }, { CHILD: "2" }] })).toEqual({});
  });
  conformanceTests(ruleINT33);
});
