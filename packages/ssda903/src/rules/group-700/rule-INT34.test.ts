import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT34 } from "./rule-INT34";

describe("rule INT34", () => {
  it("flags every record of a child that appears more than once, and no single records", () => {
    const OC3 = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "1" }, { CHILD: "3" }, { CHILD: "1" }];
    expect(flagsOf(ruleINT34, { OC3 })).toEqual({ OC3: [0, 2, 4] });
    expect(flagsOf(ruleINT34, { OC3: [{ CHILD: "1" }, { CHILD: "2" }] })).toEqual({});
  });
  conformanceTests(ruleINT34);
});
