import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 166: every review must have a review date that is a real `dd/mm/yyyy` date; a blank fails.
 * DfE SSDA903 validation rule 166 (Reviews.REVIEW).
 */
export const rule166 = defineRule({
  code: "166",
  tables: ["Reviews"],
  fields: ["REVIEW"],
  severity: "error",
  message: "The review date is missing or is not a real date in dd/mm/yyyy form.",
  check: (ctx) => flagRows(ctx, "Reviews", "REVIEW", (row) => ctx.date(row.REVIEW) === undefined),
});
