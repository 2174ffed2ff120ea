import { defineRule } from "../rule";

/**
 * 1003: the date of the decision that a child should be placed for adoption cannot be before the
 * child first started to be looked after (the earliest episode whose reason for new episode is S).
 * Both the episode and the PlacedAdoption record are flagged. DfE SSDA903 validation rule 1003
 * (PlacedAdoption.DATE_PLACED, Episodes.DECOM, RNE).
 */
export const rule1003 = defineRule({
  code: "1003",
  tables: ["Episodes", "PlacedAdoption"],
  fields: ["DATE_PLACED", "DECOM", "RNE"],
  severity: "error",
  message:
    "The date of the decision to place the child for adoption is before the child started to be looked after: correct the decision date or the episode start date.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const placed = ctx.table("PlacedAdoption");
    const placedByChild = ctx.rowsByChild("PlacedAdoption");
    for (const [child, list] of ctx.rowsByChild("Episodes")) {
      const decisions = placedByChild.get(child);
      if (!decisions) continue;
      let first = -1;
      let firstStart = Number.POSITIVE_INFINITY;
      for (const i of list) {
        if (episodes[i]?.RNE !== "S") continue;
        const start = ctx.date(episodes[i]?.DECOM);
        if (start !== undefined && start < firstStart) {
          first = i;
          firstStart = start;
        }
      }
      if (first < 0) continue;
      for (const p of decisions) {
        const decided = ctx.date(placed[p]?.DATE_PLACED);
        if (decided !== undefined && decided < firstStart) {
          yield { table: "Episodes", row: first, field: "DECOM" };
          yield { table: "PlacedAdoption", row: p, field: "DATE_PLACED" };
        }
      }
    }
  },
});
