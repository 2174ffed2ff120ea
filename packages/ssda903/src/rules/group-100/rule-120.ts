import { ReasonPlacedForAdoptionCeased } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 120: the reason a decision to place for adoption was reversed (PlacedAdoption.REASON_PLACED_CEASED) is one of RD1-RD4 when given. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 120 (PlacedAdoption.REASON_PLACED_CEASED).
 */
export const rule120 = defineRule({
  code: "120",
  tables: ["PlacedAdoption"],
  fields: ["REASON_PLACED_CEASED"],
  severity: "error",
  message: "The reason the child should no longer be placed for adoption is not one of the codes RD1 to RD4.",
  check(ctx) {
    const codes = codesIn(ReasonPlacedForAdoptionCeased, ctx.collectionYear);
    return flagRows(ctx, "PlacedAdoption", "REASON_PLACED_CEASED", (row) => {
      const v = row.REASON_PLACED_CEASED;
      return !isBlank(v) && !codes.has(v);
    });
  },
});
