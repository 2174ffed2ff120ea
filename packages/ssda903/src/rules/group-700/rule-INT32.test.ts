import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT32 } from "./rule-INT32";

describe("rule INT32", () => {
  it("flags every record of a child that appears more than once, and no single records", () => {
    const Header = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "1" }, { CHILD: "3" }, { CHILD: "1" }];
    expect(flagsOf(ruleINT32, { Header })).toEqual({ Header: [0, 2, 4] });
    expect(flagsOf(ruleINT32, { Header: [{ CHILD: "1" }, { CHILD: "2" }] })).toEqual({});
  });
  conformanceTests(ruleINT32);
});
