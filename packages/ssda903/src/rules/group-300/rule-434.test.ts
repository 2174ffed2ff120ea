import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule434 } from "./rule-434";

describe("rule 434", () => {
  const base = { CHILD: "a", PLACE: "U1", PL_POST: "AB1 2CD", URN: "SC1", PLACE_PROVIDER: "PR1" };
  it("needs a new legal status and the same placement", () => {
    const Episodes = [
      { ...base, DECOM: "01/02/2024", RNE: "S", LS: "C2" },
      { ...base, DECOM: "29/02/2024", RNE: "L", LS: "E1" },
      { ...base, DECOM: "05/03/2024", RNE: "L", LS: "E1" },
      { ...base, DECOM: "06/03/2024", RNE: "L", LS: "C2", PL_POST: "AB9 9ZZ" },
    ];
    expect(flagsOf(rule434, { Episodes })).toEqual({ Episodes: [2, 3] });
  });
  conformanceTests(rule434);
});
