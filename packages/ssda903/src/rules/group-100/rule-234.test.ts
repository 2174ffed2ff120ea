import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule234 } from "./rule-234";

describe("rule 234", () => {
  it("flags custody before the tenth birthday (29 February birthday falls on 28 February)", () => {
    const Header = [
      { CHILD: "1", DOB: "29/02/2016" },
      { CHILD: "2", DOB: "15/06/2015" },
    ];
    const Episodes = [
      { CHILD: "1", DECOM: "27/02/2026", REASON_PLACE_CHANGE: "CUSTOD" },
      { CHILD: "1", DECOM: "28/02/2026", REASON_PLACE_CHANGE: "CUSTOD" },
      { CHILD: "2", DECOM: "14/06/2025", REASON_PLACE_CHANGE: "CUSTOD" },
      { CHILD: "2", DECOM: "15/06/2025", REASON_PLACE_CHANGE: "CUSTOD" },
      { CHILD: "2", DECOM: "14/06/2025", REASON_PLACE_CHANGE: "CARPL" },
    ];
    expect(flagsOf(rule234, { Header, Episodes }, { collectionYear: "2025-26" })).toEqual({
      Episodes: [0, 2],
      Header: [0, 1],
    });
  });
  conformanceTests(rule234);
});
