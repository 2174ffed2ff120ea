import { AdopterLegalStatus } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 177: the legal status of the adopter(s) (AD1.LS_ADOPTR) is a valid code when given. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 177 (AD1.LS_ADOPTR).
 */
export const rule177 = defineRule({
  code: "177",
  tables: ["AD1"],
  fields: ["LS_ADOPTR"],
  severity: "error",
  message: "The legal status of the adopter(s) is not a valid code (L0, L11, L12, L2, L3 or L4).",
  check(ctx) {
    const codes = codesIn(AdopterLegalStatus, ctx.collectionYear);
    return flagRows(ctx, "AD1", "LS_ADOPTR", (row) => {
      const v = row.LS_ADOPTR;
      return !isBlank(v) && !codes.has(v);
    });
  },
});
