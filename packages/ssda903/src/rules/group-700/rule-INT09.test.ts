import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT09 } from "./rule-INT09";

describe("rule INT09", () => {
  it("flags only the UASC rows whose child has no Header record", () => {
    const Header = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "2" }];
    const UASC = [{ CHILD: "2" }, { CHILD: "3" }, { CHILD: "1" }, { CHILD: "10" }];
    expect(flagsOf(ruleINT09, { Header, UASC })).toEqual({ UASC: [1, 3] });
    expect(flagsOf(ruleINT09, { Header: [], UASC })).toEqual({ UASC: [0, 1, 2, 3] });
  });
  conformanceTests(ruleINT09);
});
