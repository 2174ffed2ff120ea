import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1000 } from "./rule-1000";

describe("rule 1000", () => {
  it("flags OC3 records of children whose episode ended E2 this year or last year", () => {
    const OC3 = [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "3" }, { CHILD: "4" }];
    // Codes are compared exactly as sent (conformance/letter-case.ts): "e2" is not the code E2.
    const Episodes = [
      { CHILD: "1", REC: "E2" },
      { CHILD: "3", REC: "E3" },
      { CHILD: "4", REC: "e2" },
    ];
    const previous = { Episodes: [{ CHILD: "2", REC: "E2" }] };
    expect(flagsOf(rule1000, { Episodes, OC3 })).toEqual({ OC3: [0] });
    expect(flagsOf(rule1000, { Episodes, OC3 }, { previous })).toEqual({ OC3: [0, 1] });
  });
  conformanceTests(rule1000);
});
