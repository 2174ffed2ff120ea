import { CareLeaverAccommodation } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 133: the care leaver's accommodation (OC3.ACCOM) must be a valid code; a blank fails. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 133 (OC3.ACCOM).
 */
export const rule133 = defineRule({
  code: "133",
  tables: ["OC3"],
  fields: ["ACCOM"],
  severity: "error",
  message:
    "The care leaver's accommodation is missing or is not a valid accommodation code (e.g. B1, S2, Z2, or 0).",
  check(ctx) {
    const codes = codesIn(CareLeaverAccommodation, ctx.collectionYear);
    return flagRows(ctx, "OC3", "ACCOM", (row) => {
      const v = row.ACCOM;
      return v == null || !codes.has(v);
    });
  },
});
