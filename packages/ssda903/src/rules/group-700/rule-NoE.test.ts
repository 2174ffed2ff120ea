import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { ruleNoE } from "./rule-NoE";

describe("rule NoE", () => {
  it("flags an episode starting 31 March 2023 with no episode last year, not one starting 1 April (2023-24)", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "31/03/2023" },
      { CHILD: "2", DECOM: "01/04/2023" },
      { CHILD: "3", DECOM: "29/02/2020" },
    ];
    const previous = { Episodes: [{ CHILD: "3", DECOM: "29/02/2020" }] };
    expect(flagsOf(ruleNoE, { Episodes }, { collectionYear: "2023-24", previous })).toEqual({
      Episodes: [0],
    });
    expect(flagsOf(ruleNoE, { Episodes }, { collectionYear: "2023-24" })).toEqual({});
  });
  conformanceTests(ruleNoE);
});
