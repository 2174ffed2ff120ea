import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 188: a child still under 4 on 31 March has no SDQ assessment, so neither a score nor a reason for
 * no score may be given. DfE SSDA903 validation rule 188 (OC2.SDQ_SCORE, SDQ_REASON).
 */
export const rule188 = defineRule({
  code: "188",
  tables: ["OC2"],
  fields: ["SDQ_SCORE", "SDQ_REASON", "DOB"],
  severity: "error",
  message:
    "The child is under 4 at the end of the year, so leave the SDQ score and the reason for no score blank.",
  check: (ctx) =>
    flagRows(ctx, "OC2", "SDQ_SCORE", (row) => {
      if (row.SDQ_SCORE == null && row.SDQ_REASON == null) return false;
      const birth = ctx.date(row.DOB);
      return birth !== undefined && addYearsDay(birth, 4) > ctx.collectionEnd;
    }),
});
