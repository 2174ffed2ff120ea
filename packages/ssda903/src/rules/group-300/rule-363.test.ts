import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule363 } from "./rule-363";

describe("rule 363", () => {
  it("adds up chained L3 episodes and flags more than 7 days", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "26/02/2024", DEC: "29/02/2024", LS: "L3" },
      { CHILD: "a", DECOM: "29/02/2024", DEC: "04/03/2024", LS: "L3" },
      { CHILD: "b", DECOM: "22/02/2024", DEC: "29/02/2024", LS: "L3" },
    ];
    // a: 3 + 4 = 7 days passes; b: 7 days passes. Extending a by one day fails.
    expect(flagsOf(rule363, { Episodes })).toEqual({});
    const longer = [
      ...Episodes.slice(0, 2),
      { CHILD: "a", DECOM: "04/03/2024", DEC: "05/03/2024", LS: "L3" },
    ];
    expect(flagsOf(rule363, { Episodes: longer })).toEqual({ Episodes: [0, 1, 2] });
  });
  conformanceTests(rule363);
});
