import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1012 } from "./rule-1012";

describe("rule 1012", () => {
  it("flags records in other tables for children without episodes, and ignores OC3 and tables not sent", () => {
    const Episodes = [{ CHILD: "1" }];
    const Reviews = [{ CHILD: "1" }, { CHILD: "2" }];
    const OC2 = [{ CHILD: "3" }];
    const OC3 = [{ CHILD: "4" }];
    expect(flagsOf(rule1012, { Episodes, Reviews, OC2, OC3 })).toEqual({ Reviews: [1], OC2: [0] });
  });
  conformanceTests(rule1012);
});
