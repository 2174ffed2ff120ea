import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT35 } from "./rule-INT35";

describe("rule INT35", () => {
  it("flags every record of a child that appears more than once, and no single records", () => {
    const PrevPerm = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "1" }, { CHILD: "3" }, { CHILD: "1" }];
    expect(flagsOf(ruleINT35, { PrevPerm })).toEqual({ PrevPerm: [0, 2, 4] });
    expect(flagsOf(ruleINT35, { PrevPerm: [{ CHILD: "1" }, { CHILD: "2" }] })).toEqual({});
  });
  conformanceTests(ruleINT35);
});
