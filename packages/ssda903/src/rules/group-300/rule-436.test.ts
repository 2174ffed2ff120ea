import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule436 } from "./rule-436";

describe("rule 436", () => {
  const base = { CHILD: "a", LS: "C2", PLACE: "U1", PL_POST: "AB1 2CD", URN: "SC1", PLACE_PROVIDER: "PR1" };
  it("needs both the legal status and the placement to change", () => {
    const Episodes = [
      { ...base, DECOM: "01/02/2024", RNE: "S" },
      { ...base, DECOM: "29/02/2024", RNE: "B", LS: "E1", URN: "SC2" },
      { ...base, DECOM: "05/03/2024", RNE: "U", LS: "E1", URN: "SC3" },
      { ...base, DECOM: "06/03/2024", RNE: "B", LS: "C1", URN: "SC3" },
    ];
    expect(flagsOf(rule436, { Episodes })).toEqual({ Episodes: [2, 3] });
  });
  conformanceTests(rule436);
});
