import { defineRule } from "../rule";

/**
 * 554: the decision that the child should be placed for adoption (DATE_PLACED) should be on or before
 * the day the placement order was granted, taken as the start of the child's earliest episode with legal
 * status E1 in this return (an order granted in an earlier year can give false results, as the DfE
 * notes). Both records are flagged.
 * DfE SSDA903 validation rule 554 (PlacedAdoption: DATE_PLACED; Episodes: DECOM, LS).
 */
export const rule554 = defineRule({
  code: "554",
  tables: ["Episodes", "PlacedAdoption"],
  fields: ["DATE_PLACED", "DECOM", "LS"],
  severity: "error",
  message:
    "The decision to place the child for adoption is dated after the placement order was granted; check both dates (the order may have started in an earlier year).",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const placed = ctx.table("PlacedAdoption");
    const placedByChild = ctx.rowsByChild("PlacedAdoption");
    const flaggedRecords = new Set<number>();
    for (const [child, rows] of ctx.rowsByChild("Episodes")) {
      let first = -1;
      let firstStart = 0;
      for (const i of rows) {
        if (episodes[i]?.LS !== "E1") continue;
        const start = ctx.date(episodes[i]?.DECOM);
        if (start !== undefined && (first < 0 || start < firstStart)) {
          first = i;
          firstStart = start;
        }
      }
      if (first < 0) continue;
      let flagged = false;
      for (const p of placedByChild.get(child) ?? []) {
        const decided = ctx.date(placed[p]?.DATE_PLACED);
        if (decided !== undefined && decided > firstStart) {
          flagged = true;
          flaggedRecords.add(p);
        }
      }
      if (flagged) yield { table: "Episodes", row: first, field: "DECOM" };
    }
    for (const p of flaggedRecords) yield { table: "PlacedAdoption", row: p, field: "DATE_PLACED" };
  },
});
