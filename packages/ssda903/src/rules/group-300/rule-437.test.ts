import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule437 } from "./rule-437";

describe("rule 437", () => {
  it("flags E2/E15 followed by another episode", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "01/03/2024", REC: "E15" },
      { CHILD: "a", DECOM: "01/02/2024", REC: "E15" },
      { CHILD: "b", DECOM: "01/02/2024", REC: "E2" },
    ];
    expect(flagsOf(rule437, { Episodes })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule437);
});
