import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule440 } from "./rule-440";

describe("rule 440", () => {
  it("allows PN0 on the 4th birthday and flags it the day after (29 Feb birthday in a leap year)", () => {
    const Reviews = [
      { DOB: "29/02/2020", REVIEW: "29/02/2024", REVIEW_CODE: "PN0" },
      { DOB: "29/02/2020", REVIEW: "01/03/2024", REVIEW_CODE: "PN0" },
      { DOB: "29/02/2020", REVIEW: "01/03/2024", REVIEW_CODE: "PN1" },
    ];
    expect(flagsOf(rule440, { Reviews })).toEqual({ Reviews: [1] });
  });
  conformanceTests(rule440);
});
