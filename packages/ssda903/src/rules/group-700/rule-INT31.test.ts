import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT31 } from "./rule-INT31";

describe("rule INT31", () => {
  it("flags every record of a child that appears more than once, and no single records", () => {
    const AD1 = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "1" }, { CHILD: "3" }, { CHILD: "1" }];
    expect(flagsOf(ruleINT31, { AD1 })).toEqual({ AD1: [0, 2, 4] });
    expect(flagsOf(ruleINT31, { AD1: [{ CHILD: "1" }, { CHILD: "2" }] })).toEqual({});
  });
  conformanceTests(ruleINT31);
});
