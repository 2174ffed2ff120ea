import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 440: review participation code PN0 means the child was under 4 at the review, so the review must
 * not be after the child's 4th birthday.
 * DfE SSDA903 validation rule 440 (Reviews.DOB, Reviews.REVIEW, Reviews.REVIEW_CODE).
 */
export const rule440 = defineRule({
  code: "440",
  tables: ["Reviews"],
  fields: ["DOB", "REVIEW", "REVIEW_CODE"],
  severity: "error",
  message:
    "The participation code says the child was under 4 (PN0), but the review was after their 4th birthday.",
  *check(ctx) {
    const rows = ctx.table("Reviews");
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]?.REVIEW_CODE !== "PN0") continue;
      const review = ctx.date(rows[i]?.REVIEW);
      const dob = ctx.date(rows[i]?.DOB);
      if (review !== undefined && dob !== undefined && review > addYearsDay(dob, 4)) {
        yield { table: "Reviews", row: i, field: "REVIEW_CODE" };
      }
    }
  },
});
