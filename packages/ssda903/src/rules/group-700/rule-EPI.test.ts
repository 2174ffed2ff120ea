import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleEPI } from "./rule-EPI";

describe("rule EPI", () => {
  it("flags Header children with neither episodes nor an OC3 record", () => {
    const Header = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "3" }, { CHILD: "4" }];
    const Episodes = [{ CHILD: "1" }, { CHILD: "1" }];
    const OC3 = [{ CHILD: "3" }];
    expect(flagsOf(ruleEPI, { Header, Episodes, OC3 })).toEqual({ Header: [1, 3] });
    expect(flagsOf(ruleEPI, { Header })).toEqual({ Header: [0, 1, 2, 3] });
  });
  conformanceTests(ruleEPI);
});
