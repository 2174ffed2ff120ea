import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule365 } from "./rule-365";

describe("rule 365", () => {
  it("allows 17 days and flags 18", () => {
    const Episodes = [
      { DECOM: "12/02/2024", DEC: "29/02/2024", LS: "V3" },
      { DECOM: "12/02/2024", DEC: "01/03/2024", LS: "V3" },
      { DECOM: "12/02/2024", DEC: "01/03/2024", LS: "V4" },
      { DECOM: "01/03/2024", DEC: null, LS: "V3" },
    ];
    expect(flagsOf(rule365, { Episodes }, { collectionYear: "2023-24" })).toEqual({ Episodes: [1, 3] });
  });
  conformanceTests(rule365);
});
