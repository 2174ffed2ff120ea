import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { continuouslyLookedAfter } from "../shared/continuously-looked-after";
import { flagRows } from "../shared/flag-rows";

/**
 * 186: a continuously looked-after child aged 4 or over on 1 April and under 17 on 31 March should
 * have an SDQ score, or else a reason for having none; the rule flags such a child when both are
 * blank. DfE SSDA903 validation rule 186 (OC2.SDQ_SCORE).
 */
export const rule186 = defineRule({
  code: "186",
  tables: ["OC2", "Episodes"],
  fields: ["SDQ_SCORE", "SDQ_REASON", "DOB"],
  severity: "error",
  message:
    "The child is of an age to have a Strengths and Difficulties Questionnaire this year and was looked after all year, but neither an SDQ score nor a reason for having none is given.",
  check(ctx) {
    const cla = continuouslyLookedAfter(ctx);
    return flagRows(ctx, "OC2", "SDQ_SCORE", (row) => {
      if (row.SDQ_SCORE != null || row.SDQ_REASON != null || !cla.has(row.CHILD ?? "")) return false;
      const birth = ctx.date(row.DOB);
      return (
        birth !== undefined &&
        addYearsDay(birth, 4) <= ctx.collectionStart &&
        addYearsDay(birth, 17) > ctx.collectionEnd
      );
    });
  },
});
