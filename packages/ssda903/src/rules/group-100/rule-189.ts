import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";

/**
 * 189: a young person who was already 17 before the collection year began (17th birthday before
 * 1 April) has no SDQ assessment, so neither a score nor a reason for no score may be given. One whose
 * 17th birthday is 1 April itself is not flagged, as in the DfE check's current implementation.
 * DfE SSDA903 validation rule 189 (OC2.SDQ_SCORE, SDQ_REASON, DOB).
 */
export const rule189 = defineRule({
  code: "189",
  tables: ["OC2"],
  fields: ["DOB", "SDQ_SCORE", "SDQ_REASON"],
  severity: "error",
  message:
    "The young person is 17 or over at the start of the year, so leave the SDQ score and the reason for no score blank.",
  check: (ctx) =>
    flagRows(ctx, "OC2", "SDQ_SCORE", (row) => {
      if (row.SDQ_SCORE == null && row.SDQ_REASON == null) return false;
      const birth = ctx.date(row.DOB);
      return birth !== undefined && addYearsDay(birth, 17) < ctx.collectionStart;
    }),
});
