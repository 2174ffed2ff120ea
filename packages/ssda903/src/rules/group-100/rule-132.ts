import { CareLeaverActivity } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 132: the care leaver's main activity (OC3.ACTIV) must be a valid code; a blank fails. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 132 (OC3.ACTIV).
 */
export const rule132 = defineRule({
  code: "132",
  tables: ["OC3"],
  fields: ["ACTIV"],
  severity: "error",
  message:
    "The care leaver's main activity is missing or is not a valid activity code (e.g. F1, P2, G6, or 0).",
  check(ctx) {
    const codes = codesIn(CareLeaverActivity, ctx.collectionYear);
    return flagRows(ctx, "OC3", "ACTIV", (row) => {
      const v = row.ACTIV;
      return v == null || !codes.has(v);
    });
  },
});
