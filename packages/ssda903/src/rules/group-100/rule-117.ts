import { defineRule } from "../rule";

/**
 * 117: the dates of the decisions that a child should (DATE_PLACED) or should no longer
 * (DATE_PLACED_CEASED) be placed for adoption cannot be after the end of the collection year, nor after
 * the end of the child's latest episode that ended their care (the latest-starting episode whose
 * reason for ending is not X1). The episode and the decision are both flagged.
 * DfE SSDA903 validation rule 117 (PlacedAdoption.DATE_PLACED, DATE_PLACED_CEASED; Episodes.DEC).
 */
export const rule117 = defineRule({
  code: "117",
  tables: ["Episodes", "PlacedAdoption"],
  fields: ["DATE_PLACED_CEASED", "DATE_PLACED", "DEC", "REC", "DECOM"],
  severity: "error",
  message:
    "A decision date about placing the child for adoption is after the end of the collection year or after the child stopped being looked after.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const placed = ctx.table("PlacedAdoption");
    const placedByChild = ctx.rowsByChild("PlacedAdoption");
    const end = ctx.collectionEnd;
    const starts = ctx.dates("Episodes", "DECOM");
    const ends = ctx.dates("Episodes", "DEC");
    const placedDays = ctx.dates("PlacedAdoption", "DATE_PLACED");
    const ceasedDays = ctx.dates("PlacedAdoption", "DATE_PLACED_CEASED");
    for (const [child, indexes] of ctx.rowsByChild("Episodes")) {
      const decisions = placedByChild.get(child);
      if (!decisions) continue;
      let latest: number | undefined;
      let latestStart = Number.NEGATIVE_INFINITY;
      for (const i of indexes) {
        const row = episodes[i];
        if (!row || row.REC === "X1") continue;
        const start = starts[i] as number;
        if (start > latestStart) {
          latestStart = start;
          latest = i;
        }
      }
      if (latest === undefined) continue;
      const ended = ends[latest] as number;
      for (const p of decisions) {
        const row = placed[p];
        if (!row) continue;
        const placedDay = placedDays[p] as number;
        const ceasedDay = ceasedDays[p] as number;
        const bad =
          // A blank or unreadable date is NaN, and every comparison with NaN is false.
          placedDay > end || placedDay > ended || ceasedDay > end || ceasedDay > ended;
        if (bad) {
          yield { table: "Episodes", row: latest, field: "DEC" };
          yield { table: "PlacedAdoption", row: p, field: "DATE_PLACED" };
        }
      }
    }
  },
});
