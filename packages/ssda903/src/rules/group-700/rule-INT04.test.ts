import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT04 } from "./rule-INT04";

describe("rule INT04", () => {
  it("flags only the Missing rows whose child has no Header record", () => {
    const Header = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "2" }];
    const Missing = [{ CHILD: "2" }, { CHILD: "3" }, { CHILD: "1" }, { CHILD: "10" }];
    expect(flagsOf(ruleINT04, { Header, Missing })).toEqual({ Missing: [1, 3] });
    expect(flagsOf(ruleINT04, { Header: [], Missing })).toEqual({ Missing: [0, 1, 2, 3] });
  });
  conformanceTests(ruleINT04);
});
