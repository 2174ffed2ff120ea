import { defineRule } from "../rule";

/** Placed for adoption, PLACE A3–A6 (DfE SSDA903 PLACE code set). */
const PLACED_FOR_ADOPTION: ReadonlySet<string> = new Set(["A3", "A4", "A5", "A6"]);

/**
 * 552: the latest decision that the child should be placed for adoption (PlacedAdoption DATE_PLACED)
 * must be on or before the day the child was first placed for adoption (the earliest episode with
 * PLACE A3–A6). Both records are flagged.
 * DfE SSDA903 validation rule 552 (PlacedAdoption: DATE_PLACED; Episodes: DECOM).
 */
export const rule552 = defineRule({
  code: "552",
  tables: ["PlacedAdoption", "Episodes"],
  fields: ["DATE_PLACED", "DECOM"],
  severity: "error",
  message:
    "The decision to place the child for adoption is dated after the child was placed for adoption; check both dates.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const placed = ctx.table("PlacedAdoption");
    const placedByChild = ctx.rowsByChild("PlacedAdoption");
    for (const [child, rows] of ctx.rowsByChild("Episodes")) {
      // The child's first placement for adoption (the first row with the earliest readable start date).
      let first = -1;
      let firstStart = 0;
      for (const i of rows) {
        if (!PLACED_FOR_ADOPTION.has(episodes[i]?.PLACE ?? "")) continue;
        const start = ctx.date(episodes[i]?.DECOM);
        if (start !== undefined && (first < 0 || start < firstStart)) {
          first = i;
          firstStart = start;
        }
      }
      if (first < 0) continue;
      // The child's latest decision (the first row with the latest readable decision date).
      let last = -1;
      let lastDecided = 0;
      for (const p of placedByChild.get(child) ?? []) {
        const decided = ctx.date(placed[p]?.DATE_PLACED);
        if (decided !== undefined && (last < 0 || decided > lastDecided)) {
          last = p;
          lastDecided = decided;
        }
      }
      if (last >= 0 && firstStart < lastDecided) {
        yield { table: "Episodes", row: first, field: "DECOM" };
        yield { table: "PlacedAdoption", row: last, field: "DATE_PLACED" };
      }
    }
  },
});
