import { SdqReason } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { flagRows } from "../shared/flag-rows";

/**
 * 196: the reason no SDQ score was given (OC2.SDQ_REASON) is one of the SDQ reason codes, SDQ1-SDQ5, when
 * given. The codes are the placements package's `SdqReason` list (DfE SSDA903 SDQ_REASON code set), so
 * they are stated once. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 196 (OC2.SDQ_REASON).
 */
export const rule196 = defineRule({
  code: "196",
  tables: ["OC2"],
  fields: ["SDQ_REASON"],
  severity: "error",
  message:
    "The reason no Strengths and Difficulties Questionnaire score was given is not a valid code (SDQ1 to SDQ5).",
  check: (ctx) =>
    flagRows(ctx, "OC2", "SDQ_REASON", (row) => {
      const v = row.SDQ_REASON;
      return !isBlank(v) && !SdqReason.has(v);
    }),
});
