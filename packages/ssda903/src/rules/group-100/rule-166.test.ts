import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule166 } from "./rule-166";

describe("rule 166", () => {
  it("flags blank and impossible review dates, passes real ones including 29 February 2024", () => {
    const Reviews = ["29/02/2024", "29/02/2023", null, "01/01/21", "15/06/2022"].map((REVIEW, i) => ({
      CHILD: String(i),
      REVIEW,
    }));
    expect(flagsOf(rule166, { Reviews })).toEqual({ Reviews: [1, 2, 3] });
  });
  conformanceTests(rule166);
});
