import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule367 } from "./rule-367";

describe("rule 367", () => {
  it("adds V3 days inside the year: 75 passes, 76 fails, days before 1 April do not count", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "01/01/2023", DEC: "15/06/2023", LS: "V3" }, // 75 days from 1 April
      { CHILD: "b", DECOM: "01/01/2024", DEC: "01/03/2024", LS: "V3" }, // 60 days (leap year)
      { CHILD: "b", DECOM: "01/03/2024", DEC: "17/03/2024", LS: "V3" }, // 16 more: 76
      { CHILD: "b", DECOM: "17/03/2024", DEC: "20/03/2024", LS: "C2" },
    ];
    expect(flagsOf(rule367, { Episodes }, { collectionYear: "2023-24" })).toEqual({ Episodes: [1, 2] });
  });
  conformanceTests(rule367);
});
