import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule217t } from "./rule-217t";

describe("rule 217t", () => {
  it("passes P2 ending on or before 28 October 2023; flags later or open ones", () => {
    const Episodes = [
      { CHILD: "1", PLACE: "P2", DEC: "27/10/2023" },
      { CHILD: "2", PLACE: "P2", DEC: "28/10/2023" },
      { CHILD: "3", PLACE: "P2", DEC: "29/10/2023" },
      { CHILD: "4", PLACE: "P2", DEC: null },
      { CHILD: "5", PLACE: "P1", DEC: null },
    ];
    expect(flagsOf(rule217t, { Episodes }, { collectionYear: "2023-24" })).toEqual({ Episodes: [2, 3] });
  });
  conformanceTests(rule217t);
});
