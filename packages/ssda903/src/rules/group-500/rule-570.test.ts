import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule570 } from "./rule-570";

describe("rule 570", () => {
  it("flags a start on 1 April after the year, not on 31 March", () => {
    const Missing = [{ MIS_START: "31/03/2024" }, { MIS_START: "01/04/2024" }, { MIS_START: null }];
    expect(flagsOf(rule570, { Missing }, { collectionYear: "2023-24" })).toEqual({ Missing: [1] });
  });
  conformanceTests(rule570);
});
