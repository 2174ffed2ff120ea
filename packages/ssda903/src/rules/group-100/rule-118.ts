import { defineRule } from "../rule";

/**
 * 118: the date of a decision that a child should no longer be placed for adoption cannot be before
 * the collection year began, nor before the start of the child's earliest episode that is not a short
 * break (LS V3 or V4). The episode and the decision are both flagged.
 * DfE SSDA903 validation rule 118 (PlacedAdoption.DATE_PLACED_CEASED; Episodes.DECOM, LS).
 */
export const rule118 = defineRule({
  code: "118",
  tables: ["PlacedAdoption", "Episodes"],
  fields: ["DATE_PLACED_CEASED", "DECOM", "LS"],
  severity: "error",
  message:
    "The date of the decision that the child should no longer be placed for adoption is before the collection year or before the child started to be looked after.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const placed = ctx.table("PlacedAdoption");
    const placedByChild = ctx.rowsByChild("PlacedAdoption");
    for (const [child, indexes] of ctx.rowsByChild("Episodes")) {
      const decisions = placedByChild.get(child);
      if (!decisions) continue;
      let earliest: number | undefined;
      let earliestStart = Number.POSITIVE_INFINITY;
      for (const i of indexes) {
        const row = episodes[i];
        if (!row || row.LS === "V3" || row.LS === "V4") continue;
        const start = ctx.date(row.DECOM);
        if (start !== undefined && start < earliestStart) {
          earliestStart = start;
          earliest = i;
        }
      }
      if (earliest === undefined) continue;
      for (const p of decisions) {
        const ceased = ctx.date(placed[p]?.DATE_PLACED_CEASED);
        if (ceased !== undefined && (ceased < earliestStart || ceased < ctx.collectionStart)) {
          yield { table: "Episodes", row: earliest, field: "DECOM" };
          yield { table: "PlacedAdoption", row: p, field: "DATE_PLACED_CEASED" };
        }
      }
    }
  },
});
