import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule435 } from "./rule-435";

describe("rule 435", () => {
  const base = { CHILD: "a", LS: "C2", PLACE: "U1", PL_POST: "AB1 2CD", URN: "SC1", PLACE_PROVIDER: "PR1" };
  it("needs the same legal status and a different placement", () => {
    const Episodes = [
      { ...base, DECOM: "01/02/2024", RNE: "S" },
      { ...base, DECOM: "29/02/2024", RNE: "P", URN: "SC2" },
      { ...base, DECOM: "05/03/2024", RNE: "P", URN: "SC2" },
      { ...base, DECOM: "06/03/2024", RNE: "T", LS: "E1", URN: "SC3" },
    ];
    expect(flagsOf(rule435, { Episodes })).toEqual({ Episodes: [2, 3] });
  });
  conformanceTests(rule435);
});
