import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { continuouslyLookedAfter } from "../shared/continuously-looked-after";
import { flagRows } from "../shared/flag-rows";

/**
 * 157: SDQ1 ("child under 4 or over 16") cannot be the reason for no Strengths and Difficulties
 * Questionnaire score for a continuously looked-after child who was 4 or over on 1 April and 16 or
 * under on 31 March. DfE SSDA903 validation rule 157 (OC2.SDQ_REASON, DOB).
 */
export const rule157 = defineRule({
  code: "157",
  tables: ["OC2", "Episodes"],
  fields: ["SDQ_REASON", "DOB"],
  severity: "error",
  message:
    "The reason for no SDQ score is SDQ1 (child too young or too old), but the child is of an age to be assessed this year.",
  check(ctx) {
    const cla = continuouslyLookedAfter(ctx);
    return flagRows(ctx, "OC2", "SDQ_REASON", (row) => {
      if (row.SDQ_REASON !== "SDQ1" || row.SDQ_SCORE != null || !cla.has(row.CHILD ?? "")) return false;
      const birth = ctx.date(row.DOB);
      return (
        birth !== undefined &&
        addYearsDay(birth, 4) <= ctx.collectionStart &&
        addYearsDay(birth, 16) >= ctx.collectionEnd
      );
    });
  },
});
