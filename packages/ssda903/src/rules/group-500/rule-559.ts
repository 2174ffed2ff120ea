import { defineRule } from "../rule";

/**
 * 559: a decision to place for adoption made before this collection year should have been reported in
 * last year's return: a PlacedAdoption record dated before 1 April is flagged when last year's return has
 * no record for the child, or one without a readable DATE_PLACED. Needs last year's return.
 * DfE SSDA903 validation rule 559 (PlacedAdoption: DATE_PLACED; last year's PlacedAdoption).
 */
export const rule559 = defineRule({
  code: "559",
  needs: ["previous"],
  tables: ["PlacedAdoption"],
  fields: ["DATE_PLACED"],
  severity: "error",
  message:
    "The decision to place for adoption was made before this year, but last year's return does not record its date.",
  *check(ctx) {
    const last = ctx.previous;
    if (!last) return;
    const placed = ctx.table("PlacedAdoption");
    const lastPlaced = last.table("PlacedAdoption");
    const lastByChild = last.rowsByChild("PlacedAdoption");
    for (let p = 0; p < placed.length; p++) {
      const decided = ctx.date(placed[p]?.DATE_PLACED);
      if (decided === undefined || decided >= ctx.collectionStart) continue;
      const lastRows = lastByChild.get(placed[p]?.CHILD ?? "");
      if (!lastRows || lastRows.some((q) => ctx.date(lastPlaced[q]?.DATE_PLACED) === undefined)) {
        yield { table: "PlacedAdoption", row: p, field: "DATE_PLACED" };
      }
    }
  },
});
