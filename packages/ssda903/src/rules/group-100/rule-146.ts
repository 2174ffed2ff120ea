import { PlacementType } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 146: the placement type (Episodes.PLACE) is a code of the PLACE list valid in the collection year when given. The years each code is valid in come from the placements package's PlacementType list (H5 up to 2023-24, K3 from 2024-25, Z1 replaced by Z11-Z14 from 2025-26). Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 146 (Episodes.PLACE).
 */
export const rule146 = defineRule({
  code: "146",
  tables: ["Episodes"],
  fields: ["PLACE"],
  severity: "error",
  message: "The placement type is not a placement type code valid in this collection year.",
  check(ctx) {
    const codes = codesIn(PlacementType, ctx.collectionYear);
    return flagRows(ctx, "Episodes", "PLACE", (row) => {
      const v = row.PLACE;
      return !isBlank(v) && !codes.has(v);
    });
  },
});
