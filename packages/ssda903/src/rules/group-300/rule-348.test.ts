import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule348 } from "./rule-348";

describe("rule 348", () => {
  it("flags a care leaver who died last year and is not recorded as died now", () => {
    const OC3 = [
      { CHILD: "a", IN_TOUCH: "DIED" },
      { CHILD: "b", IN_TOUCH: "YES" },
      { CHILD: "c", IN_TOUCH: "YES" },
    ];
    const previous = {
      OC3: [
        { CHILD: "a", IN_TOUCH: "DIED" },
        { CHILD: "b", IN_TOUCH: "DIED" },
        { CHILD: "c", IN_TOUCH: "NO" },
      ],
    };
    expect(flagsOf(rule348, { OC3 }, { collectionYear: "2025-26", previous })).toEqual({ OC3: [1] });
    expect(flagsOf(rule348, { OC3 }, { collectionYear: "2025-26" })).toEqual({});
  });
  conformanceTests(rule348);
});
