import { defineRule } from "../rule";
import { differs } from "../shared/cells";

/**
 * 560: when last year's decision to place for adoption was still in force (DATE_PLACED given, no
 * DATE_PLACED_CEASED), this year's record must carry the same DATE_PLACED (compared as written). Needs
 * last year's return.
 * DfE SSDA903 validation rule 560 (PlacedAdoption: DATE_PLACED, DATE_PLACED_CEASED; last year's PlacedAdoption).
 */
export const rule560 = defineRule({
  code: "560",
  needs: ["previous"],
  tables: ["PlacedAdoption"],
  fields: ["DATE_PLACED", "DATE_PLACED_CEASED"],
  severity: "error",
  message:
    "The date of the decision to place for adoption differs from last year's, although last year's decision had not ended.",
  *check(ctx) {
    const last = ctx.previous;
    if (!last) return;
    const placed = ctx.table("PlacedAdoption");
    const lastPlaced = last.table("PlacedAdoption");
    const lastByChild = last.rowsByChild("PlacedAdoption");
    for (let p = 0; p < placed.length; p++) {
      const now = placed[p]?.DATE_PLACED;
      const lastRows = lastByChild.get(placed[p]?.CHILD ?? "") ?? [];
      if (
        lastRows.some((q) => {
          const r = lastPlaced[q];
          return (
            r != null && r.DATE_PLACED != null && r.DATE_PLACED_CEASED == null && differs(now, r.DATE_PLACED)
          );
        })
      ) {
        yield { table: "PlacedAdoption", row: p, field: "DATE_PLACED" };
      }
    }
  },
});
