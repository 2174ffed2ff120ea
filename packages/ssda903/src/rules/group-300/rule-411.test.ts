import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule411 } from "./rule-411";

describe("rule 411", () => {
  const Episodes = [
    { PL_LOCATION: "IN", PL_LA: "E09000027" },
    { PL_LOCATION: "IN", PL_LA: "E09000001" },
    { PL_LOCATION: "OUT", PL_LA: "E09000001" },
  ];
  it("flags IN placements in another authority", () => {
    expect(flagsOf(rule411, { Episodes }, { localAuthority: "E09000027" })).toEqual({ Episodes: [1] });
  });
  it("is skipped without the submitting authority", () => {
    expect(flagsOf(rule411, { Episodes })).toEqual({});
  });
  conformanceTests(rule411);
});
