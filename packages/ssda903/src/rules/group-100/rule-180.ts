import { defineRule } from "../rule";
import { toNumber } from "../shared/cells";
import { flagRows } from "../shared/flag-rows";

/**
 * 180: a Strengths and Difficulties Questionnaire total score, when given, is a whole number from 0 to
 * 40 (the SDQ total difficulties score range). DfE SSDA903 validation rule 180 (OC2.SDQ_SCORE).
 */
export const rule180 = defineRule({
  code: "180",
  tables: ["OC2"],
  fields: ["SDQ_SCORE"],
  severity: "error",
  message: "The Strengths and Difficulties Questionnaire score must be a whole number from 0 to 40.",
  check: (ctx) =>
    flagRows(ctx, "OC2", "SDQ_SCORE", (row) => {
      if (row.SDQ_SCORE == null) return false;
      const n = toNumber(row.SDQ_SCORE);
      return n === undefined || !Number.isInteger(n) || n < 0 || n > 40;
    }),
});
