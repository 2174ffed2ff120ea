import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 197a: a reason for having no Strengths and Difficulties Questionnaire score is not wanted when a
 * score is given. DfE SSDA903 validation rule 197a (OC2.SDQ_SCORE, SDQ_REASON).
 */
export const rule197a = defineRule({
  code: "197a",
  tables: ["OC2"],
  fields: ["SDQ_SCORE", "SDQ_REASON"],
  severity: "error",
  message:
    "A Strengths and Difficulties Questionnaire score is given, so the reason for having no score should be left blank.",
  check: (ctx) =>
    flagRows(ctx, "OC2", "SDQ_REASON", (row) => row.SDQ_SCORE != null && row.SDQ_REASON != null),
});
