import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1002 } from "./rule-1002";

describe("rule 1002", () => {
  it("flags care leavers with no episode in either year, and is skipped without last year's return", () => {
    const OC3 = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "3" }];
    const Episodes = [{ CHILD: "1" }];
    const previous = { Episodes: [{ CHILD: "2" }] };
    expect(flagsOf(rule1002, { Episodes, OC3 }, { previous })).toEqual({ OC3: [2] });
    expect(flagsOf(rule1002, { Episodes, OC3 })).toEqual({});
  });
  conformanceTests(rule1002);
});
