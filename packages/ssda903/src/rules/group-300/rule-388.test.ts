import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule388 } from "./rule-388";

describe("rule 388", () => {
  it("checks X1 against whether the next episode starts on the end day", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "01/02/2024", DEC: "29/02/2024", REC: "X1" }, // next starts 29 Feb: ok
      { CHILD: "a", DECOM: "29/02/2024", DEC: "05/03/2024", REC: "X1" }, // next starts 6 Mar: flag
      { CHILD: "a", DECOM: "06/03/2024", DEC: "10/03/2024", REC: "E4A" }, // next starts 10 Mar: flag
      { CHILD: "a", DECOM: "10/03/2024", DEC: "20/03/2024", REC: "X1" }, // last episode ends X1: flag
      { CHILD: "b", DECOM: "10/03/2024", DEC: null, REC: null },
    ];
    expect(flagsOf(rule388, { Episodes })).toEqual({ Episodes: [1, 2, 3] });
  });
  conformanceTests(rule388);
});
