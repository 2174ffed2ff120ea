import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule445 } from "./rule-445";

describe("rule 445", () => {
  it("allows D1 starting 31 December 2005 and flags 1 January 2006", () => {
    const Episodes = [
      { LS: "D1", DECOM: "31/12/2005" },
      { LS: "D1", DECOM: "01/01/2006" },
      { LS: "E1", DECOM: "01/01/2006" },
    ];
    expect(flagsOf(rule445, { Episodes })).toEqual({ Episodes: [1] });
  });
  conformanceTests(rule445);
});
