import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule336 } from "./rule-336";

describe("rule 336", () => {
  it("looks at the episode that started just before, whatever the file order", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "10/01/2024", PLACE: "A3" },
      { CHILD: "a", DECOM: "01/01/2024", PLACE: "U1" },
      { CHILD: "b", DECOM: "10/01/2024", PLACE: "A4" },
      { CHILD: "b", DECOM: "01/01/2024", PLACE: "R1" },
      { CHILD: "c", DECOM: "01/01/2024", PLACE: "A4" },
    ];
    expect(flagsOf(rule336, { Episodes })).toEqual({ Episodes: [2] });
  });
  conformanceTests(rule336);
});
