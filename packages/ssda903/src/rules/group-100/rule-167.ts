import { ReviewParticipation } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 167: a review with a date must record how the child took part (a valid PN0–PN7 code), and a record
 * without a review date must not carry a participation code. DfE SSDA903 validation rule 167
 * (Reviews.REVIEW_CODE).
 */
export const rule167 = defineRule({
  code: "167",
  tables: ["Reviews"],
  fields: ["REVIEW_CODE"],
  severity: "error",
  message:
    "How the child took part in the review is missing or is not a valid code (PN0 to PN7), or is given without a review date.",
  check(ctx) {
    const codes = codesIn(ReviewParticipation, ctx.collectionYear);
    return flagRows(ctx, "Reviews", "REVIEW_CODE", (row) => {
      const code = row.REVIEW_CODE;
      if (row.REVIEW == null) return code != null;
      return code == null || !codes.has(code);
    });
  },
});
