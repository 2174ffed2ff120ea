import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT01 } from "./rule-INT01";

describe("rule INT01", () => {
  it("flags only the AD1 rows whose child has no Header record", () => {
    const Header = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "2" }];
    const AD1 = [{ CHILD: "2" }, { CHILD: "3" }, { CHILD: "1" }, { CHILD: "10" }];
    expect(flagsOf(ruleINT01, { Header, AD1 })).toEqual({ AD1: [1, 3] });
    expect(flagsOf(ruleINT01, { Header: [], AD1 })).toEqual({ AD1: [0, 1, 2, 3] });
  });
  conformanceTests(ruleINT01);
});
