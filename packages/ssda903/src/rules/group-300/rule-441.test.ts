import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule441 } from "./rule-441";

describe("rule 441", () => {
  it("flags PN1–PN7 the day before the 4th birthday, not on it", () => {
    const Reviews = [
      { DOB: "29/02/2020", REVIEW: "28/02/2024", REVIEW_CODE: "PN1" },
      { DOB: "29/02/2020", REVIEW: "29/02/2024", REVIEW_CODE: "PN7" },
      { DOB: "29/02/2020", REVIEW: "28/02/2024", REVIEW_CODE: "PN0" },
    ];
    expect(flagsOf(rule441, { Reviews })).toEqual({ Reviews: [0] });
  });
  conformanceTests(rule441);
});
