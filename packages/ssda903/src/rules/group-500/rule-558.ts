import { defineRule } from "../rule";

/** REC codes for adoption (DfE SSDA903 REC code set). */
const ADOPTED: ReadonlySet<string> = new Set(["E11", "E12"]);

/**
 * 558: a child who was adopted (an episode with REC E11 or E12) has not had the decision to place them
 * for adoption reversed, so the date that decision ceased should be blank. Checked as the reference
 * validator checks it: a child whose PlacedAdoption records all have DATE_PLACED_CEASED completed is
 * flagged when more than one such date pairs with the adoption episodes (records times episodes); a child
 * with a blank DATE_PLACED_CEASED, or no record, passes.
 * DfE SSDA903 validation rule 558 (Episodes: REC; PlacedAdoption: DATE_PLACED_CEASED).
 */
export const rule558 = defineRule({
  code: "558",
  tables: ["Episodes", "PlacedAdoption"],
  fields: ["DATE_PLACED_CEASED", "REC"],
  severity: "error",
  message:
    "The child was adopted, but the decision to place for adoption is recorded as having ended; the date that decision ceased should be blank.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const placed = ctx.table("PlacedAdoption");
    const placedByChild = ctx.rowsByChild("PlacedAdoption");
    for (const [child, rows] of ctx.rowsByChild("Episodes")) {
      let adopted = 0;
      for (const i of rows) if (ADOPTED.has(episodes[i]?.REC ?? "")) adopted++;
      if (adopted === 0) continue;
      const records = placedByChild.get(child);
      if (!records || records.some((p) => placed[p]?.DATE_PLACED_CEASED == null)) continue;
      if (adopted * records.length <= 1) continue;
      for (const i of rows)
        if (ADOPTED.has(episodes[i]?.REC ?? "")) yield { table: "Episodes", row: i, field: "REC" };
    }
  },
});
