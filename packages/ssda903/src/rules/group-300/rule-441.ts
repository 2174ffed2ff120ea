import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/** Participation codes for a child aged 4 or over (PN1–PN7). */
const AGED_FOUR_OR_OVER = new Set(["PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"]);

/**
 * 441: review participation codes PN1–PN7 mean the child was 4 or over at the review, so the review
 * cannot be before the child's 4th birthday.
 * DfE SSDA903 validation rule 441 (Reviews.DOB, Reviews.REVIEW, Reviews.REVIEW_CODE).
 */
export const rule441 = defineRule({
  code: "441",
  tables: ["Reviews"],
  fields: ["DOB", "REVIEW", "REVIEW_CODE"],
  severity: "error",
  message:
    "The participation code is for a child aged 4 or over (PN1–PN7), but the review was before their 4th birthday.",
  *check(ctx) {
    const rows = ctx.table("Reviews");
    const reviewDays = ctx.dates("Reviews", "REVIEW");
    const dobDays = ctx.dates("Reviews", "DOB");
    for (let i = 0; i < rows.length; i++) {
      if (!AGED_FOUR_OR_OVER.has(rows[i]?.REVIEW_CODE ?? "")) continue;
      const review = reviewDays[i] as number;
      const dob = dobDays[i] as number;
      if (!Number.isNaN(review) && !Number.isNaN(dob) && review < addYearsDay(dob, 4)) {
        yield { table: "Reviews", row: i, field: "REVIEW_CODE" };
      }
    }
  },
});
