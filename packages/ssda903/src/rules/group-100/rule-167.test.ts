import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule167 } from "./rule-167";

describe("rule 167", () => {
  it("needs a valid code with a review date and none without", () => {
    const Reviews = [
      { CHILD: "1", REVIEW: "01/02/2023", REVIEW_CODE: "PN3" },
      { CHILD: "2", REVIEW: "01/02/2023", REVIEW_CODE: "pn3" },
      { CHILD: "3", REVIEW: "01/02/2023", REVIEW_CODE: null },
      { CHILD: "4", REVIEW: null, REVIEW_CODE: null },
      { CHILD: "5", REVIEW: null, REVIEW_CODE: "PN1" },
    ];
    expect(flagsOf(rule167, { Reviews })).toEqual({ Reviews: [1, 2, 4] });
  });
  conformanceTests(rule167);
});
