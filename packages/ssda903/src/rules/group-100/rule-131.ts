import { CareLeaverInTouch } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 131: whether the authority is in touch with a care leaver (OC3.IN_TOUCH) must be a valid code; a blank fails. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 131 (OC3.IN_TOUCH).
 */
export const rule131 = defineRule({
  code: "131",
  tables: ["OC3"],
  fields: ["IN_TOUCH"],
  severity: "error",
  message:
    "Whether the local authority is in touch with the care leaver is missing or is not a valid code (YES, NO, DIED, REFU, NREQ or RHOM).",
  check(ctx) {
    const codes = codesIn(CareLeaverInTouch, ctx.collectionYear);
    return flagRows(ctx, "OC3", "IN_TOUCH", (row) => {
      const v = row.IN_TOUCH;
      return v == null || !codes.has(v);
    });
  },
});
