import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule331 } from "./rule-331";

describe("rule 331", () => {
  it("flags a match the day after an adoption episode starts, not on the day", () => {
    const Episodes = [
      { CHILD: "a", DECOM: "29/02/2024", REC: "E11" },
      { CHILD: "b", DECOM: "29/02/2024", REC: "E12" },
      { CHILD: "c", DECOM: "29/02/2024", REC: "E4" },
    ];
    const AD1 = [
      { CHILD: "a", DATE_MATCH: "29/02/2024" },
      { CHILD: "b", DATE_MATCH: "01/03/2024" },
      { CHILD: "c", DATE_MATCH: "01/03/2024" },
    ];
    expect(flagsOf(rule331, { Episodes, AD1 })).toEqual({ AD1: [1], Episodes: [1] });
  });
  conformanceTests(rule331);
});
