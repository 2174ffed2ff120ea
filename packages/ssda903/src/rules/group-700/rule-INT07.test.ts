import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleINT07 } from "./rule-INT07";

describe("rule INT07", () => {
  it("flags only the PrevPerm rows whose child has no Header record", () => {
    const Header = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "2" }];
    const PrevPerm = [{ CHILD: "2" }, { CHILD: "3" }, { CHILD: "1" }, { CHILD: "10" }];
    expect(flagsOf(ruleINT07, { Header, PrevPerm })).toEqual({ PrevPerm: [1, 3] });
    expect(flagsOf(ruleINT07, { Header: [], PrevPerm })).toEqual({ PrevPerm: [0, 1, 2, 3] });
  });
  conformanceTests(ruleINT07);
});
