import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule357 } from "./rule-357";

describe("rule 357", () => {
  it("checks only a first episode starting on or after 1 April", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "01/04/2022", RNE: "P" },
      { CHILD: "a", DECOM: "01/05/2022", RNE: "P" },
      { CHILD: "b", DECOM: "31/03/2022", RNE: "P" },
      { CHILD: "c", DECOM: "01/04/2022", RNE: "S" },
    ];
    expect(flagsOf(rule357, { Episodes }, { collectionYear: "2022-23" })).toEqual({ Episodes: [0] });
  });
  conformanceTests(rule357);
});
