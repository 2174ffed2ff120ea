import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { continuouslyLookedAfter } from "../shared/continuously-looked-after";
import { flagRows } from "../shared/flag-rows";

/**
 * 197B: a continuously looked-after child who turns 4 or 17 during the collection year must have an
 * SDQ score or a reason for not having one. DfE SSDA903 validation rule 197B (OC2.SDQ_SCORE,
 * SDQ_REASON, DOB).
 */
export const rule197B = defineRule({
  code: "197B",
  tables: ["OC2", "Episodes"],
  fields: ["SDQ_REASON", "SDQ_SCORE", "DOB"],
  severity: "error",
  message:
    "The child turns 4 or 17 this year and was looked after all year: give an SDQ score or the reason there is none.",
  check(ctx) {
    const cla = continuouslyLookedAfter(ctx);
    const { collectionStart: start, collectionEnd: end } = ctx;
    return flagRows(ctx, "OC2", "SDQ_REASON", (row) => {
      if (row.SDQ_SCORE != null || row.SDQ_REASON != null || !cla.has(row.CHILD ?? "")) return false;
      const birth = ctx.date(row.DOB);
      if (birth === undefined) return false;
      const four = addYearsDay(birth, 4);
      const seventeen = addYearsDay(birth, 17);
      return (four >= start && four <= end) || (seventeen >= start && seventeen <= end);
    });
  },
});
