import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule199 } from "./rule-199";

describe("rule 199", () => {
  const Episodes = [
    { CHILD: "1", DECOM: "01/04/2023", REC: "E11" },
    { CHILD: "1", DECOM: "01/06/2023", REC: "X1" },
    { CHILD: "1", DECOM: "01/07/2023", REC: "E12" },
    { CHILD: "2", DECOM: "01/05/2023", REC: null },
  ];
  it("flags episodes after a first adoption in this year's return", () => {
    expect(flagsOf(rule199, { Episodes })).toEqual({ Episodes: [1, 2] });
  });
  it("uses last year's episodes when given", () => {
    const previous = { Episodes: [{ CHILD: "2", DECOM: "01/01/2020", REC: "E11" }] };
    expect(flagsOf(rule199, { Episodes }, { previous })).toEqual({ Episodes: [1, 2, 3] });
  });
  conformanceTests(rule199);
});
