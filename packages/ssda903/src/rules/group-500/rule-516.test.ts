import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule516 } from "./rule-516";

describe("rule 516", () => {
  it("flags staying-put endings from placements that were not foster care", () => {
    const Episodes = [
      { REC: "E45", PLACE: "U1" },
      { REC: "E46", PLACE: "U6" },
      { REC: "E45", PLACE: "K2" },
      { REC: "E46", PLACE: null },
      { REC: "E2", PLACE: "K2" },
      { REC: null, PLACE: "R1" },
    ];
    expect(flagsOf(rule516, { Episodes })).toEqual({ Episodes: [2, 3] });
  });
  conformanceTests(rule516);
});
