import { defineRule } from "../rule";
import { same } from "../shared/cells";

/**
 * 561: a decision to place for adoption that last year's return showed as ended (DATE_PLACED_CEASED or
 * REASON_PLACED_CEASED given) cannot be reported again this year with the same DATE_PLACED. Needs last
 * year's return.
 * DfE SSDA903 validation rule 561 (PlacedAdoption: DATE_PLACED; last year's PlacedAdoption).
 */
export const rule561 = defineRule({
  code: "561",
  needs: ["previous"],
  tables: ["PlacedAdoption"],
  fields: ["DATE_PLACED"],
  severity: "error",
  message:
    "This decision to place for adoption has the same date as one last year's return showed as ended; check the date.",
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
            r != null &&
            same(now, r.DATE_PLACED) &&
            (r.DATE_PLACED_CEASED != null || r.REASON_PLACED_CEASED != null)
          );
        })
      ) {
        yield { table: "PlacedAdoption", row: p, field: "DATE_PLACED" };
      }
    }
  },
});
