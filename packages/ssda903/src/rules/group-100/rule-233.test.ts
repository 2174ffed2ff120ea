import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule233 } from "./rule-233";

describe("rule 233", () => {
  it("flags a reason for placement change on an open episode", () => {
    const Episodes = [
      { CHILD: "1", DEC: "01/06/2025", REASON_PLACE_CHANGE: "CARPL" },
      { CHILD: "2", DEC: null, REASON_PLACE_CHANGE: "CARPL" },
      { CHILD: "3", DEC: null, REASON_PLACE_CHANGE: null },
    ];
    expect(flagsOf(rule233, { Episodes }, { collectionYear: "2025-26" })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule233);
});
