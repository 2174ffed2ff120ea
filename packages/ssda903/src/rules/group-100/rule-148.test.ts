import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule148 } from "./rule-148";

describe("rule 148", () => {
  it("flags an end date without a reason and a reason without an end date", () => {
    const Episodes = [
      { CHILD: "1", DEC: "04/06/2022", REC: "E11" },
      { CHILD: "1", DEC: "04/06/2022", REC: null },
      { CHILD: "2", DEC: null, REC: "X1" },
      { CHILD: "3", DEC: null, REC: null },
    ];
    expect(flagsOf(rule148, { Episodes })).toEqual({ Episodes: [1, 2] });
  });
  conformanceTests(rule148);
});
