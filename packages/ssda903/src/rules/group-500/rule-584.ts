import { defineRule } from "../rule";

/**
 * 584: when last year's decision to place for adoption had ended (DATE_PLACED_CEASED or
 * REASON_PLACED_CEASED given), a decision reported this year must be a new one: its DATE_PLACED must be
 * after last year's, and not blank. Dates are compared as dates (the reference validator's own test does
 * so). Needs last year's return.
 * DfE SSDA903 validation rule 584 (PlacedAdoption: DATE_PLACED; last year's PlacedAdoption).
 */
export const rule584 = defineRule({
  code: "584",
  needs: ["previous"],
  tables: ["PlacedAdoption"],
  fields: ["DATE_PLACED"],
  severity: "error",
  message:
    "Last year's decision to place for adoption had ended, but this year's decision is blank or not later than last year's.",
  *check(ctx) {
    const last = ctx.previous;
    if (!last) return;
    const placed = ctx.table("PlacedAdoption");
    const lastPlaced = last.table("PlacedAdoption");
    const lastByChild = last.rowsByChild("PlacedAdoption");
    for (let p = 0; p < placed.length; p++) {
      const r = placed[p];
      const ended = (lastByChild.get(r?.CHILD ?? "") ?? []).filter((q) => {
        const l = lastPlaced[q];
        return l != null && (l.DATE_PLACED_CEASED != null || l.REASON_PLACED_CEASED != null);
      });
      if (!r || ended.length === 0) continue;
      const now = ctx.date(r.DATE_PLACED);
      if (
        r.DATE_PLACED == null ||
        ended.some((q) => {
          const before = ctx.date(lastPlaced[q]?.DATE_PLACED);
          return now !== undefined && before !== undefined && now <= before;
        })
      ) {
        yield { table: "PlacedAdoption", row: p, field: "DATE_PLACED" };
      }
    }
  },
});
