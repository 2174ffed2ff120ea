import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { permanenceOrderDay, rule632 } from "./rule-632";

describe("rule 632", () => {
  it("reads ZZ day and month as the latest possible date", () => {
    expect(permanenceOrderDay("ZZ/02/2024")).toBe(permanenceOrderDay("29/02/2024"));
    expect(permanenceOrderDay("ZZ/02/2023")).toBe(permanenceOrderDay("28/02/2023"));
    expect(permanenceOrderDay("05/ZZ/2020")).toBe(permanenceOrderDay("04/01/2021"));
    expect(permanenceOrderDay("ZZ/ZZ/1993")).toBe(permanenceOrderDay("31/12/1993"));
    expect(permanenceOrderDay("ZZ/ZZ/ZZZZ")).toBe(permanenceOrderDay("31/12/2000"));
    expect(permanenceOrderDay("ZZ/ZZ/ZZ")).toBeUndefined();
    expect(permanenceOrderDay("31/02/2020")).toBeUndefined();
  });

  it("flags an order on or after the first episode's start, or an invalid date", () => {
    const Episodes = [
      { CHILD: "1", DECOM: "29/02/2024" },
      { CHILD: "1", DECOM: "01/06/2024" },
      { CHILD: "2", DECOM: "29/02/2024" },
      { CHILD: "3", DECOM: "29/02/2024" },
    ];
    const PrevPerm = [
      { CHILD: "1", DATE_PERM: "ZZ/02/2024" },
      { CHILD: "2", DATE_PERM: "28/02/2024" },
      { CHILD: "3", DATE_PERM: "2024-01-01" },
    ];
    expect(flagsOf(rule632, { Episodes, PrevPerm })).toEqual({ Episodes: [0, 3], PrevPerm: [0, 2] });
  });
  conformanceTests(rule632);
});
