import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule1009 } from "./rule-1009";

describe("rule 1009", () => {
  it("accepts listed codes and blank, and flags lower case, unknown and empty codes", () => {
    const Episodes = ["CARPL", "CUSTOD", "OTHER", "other", "NA", "", null].map((REASON_PLACE_CHANGE) => ({
      CHILD: "1",
      REASON_PLACE_CHANGE,
    }));
    expect(flagsOf(rule1009, { Episodes })).toEqual({ Episodes: [3, 4, 5] });
  });
  conformanceTests(rule1009);
});
