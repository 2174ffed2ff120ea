import { AdopterSex } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 176: the sex of the adopter(s) (AD1.SEX_ADOPTR) is a valid code when given. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 176 (AD1.SEX_ADOPTR).
 */
export const rule176 = defineRule({
  code: "176",
  tables: ["AD1"],
  fields: ["SEX_ADOPTR"],
  severity: "error",
  message: "The sex of the adopter(s) is not a valid code (M1, F1, MM, FF or MF).",
  check(ctx) {
    const codes = codesIn(AdopterSex, ctx.collectionYear);
    return flagRows(ctx, "AD1", "SEX_ADOPTR", (row) => {
      const v = row.SEX_ADOPTR;
      return !isBlank(v) && !codes.has(v);
    });
  },
});
