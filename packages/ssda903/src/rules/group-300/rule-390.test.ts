import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule390 } from "./rule-390";

describe("rule 390", () => {
  it("flags adoption from a placement other than A3–A6", () => {
    const Episodes = [
      { REC: "E11", PLACE: "U1" },
      { REC: "E12", PLACE: "A5" },
      { REC: "E4A", PLACE: "U1" },
      { REC: "E12", PLACE: null },
    ];
    expect(flagsOf(rule390, { Episodes })).toEqual({ Episodes: [0, 3] });
  });
  conformanceTests(rule390);
});
