import { defineRule } from "../rule";

/**
 * 583: when a child has more than one decision to place for adoption, every decision but the latest must
 * have been revoked (DATE_PLACED_CEASED given): an open decision that is not the child's latest (by
 * DATE_PLACED; the first of equal dates counts as the latest) is flagged.
 * DfE SSDA903 validation rule 583 (PlacedAdoption: DATE_PLACED, DATE_PLACED_CEASED).
 */
export const rule583 = defineRule({
  code: "583",
  tables: ["PlacedAdoption"],
  fields: ["DATE_PLACED", "DATE_PLACED_CEASED"],
  severity: "query",
  message:
    "More than one decision to place for adoption is recorded but an earlier one has no date it was revoked; check whether both are needed and add the date (it may be in a previous year).",
  *check(ctx) {
    const rows = ctx.table("PlacedAdoption");
    for (const list of ctx.rowsByChild("PlacedAdoption").values()) {
      let latest = -1;
      let latestDay: number | undefined;
      for (const i of list) {
        const day = ctx.date(rows[i]?.DATE_PLACED);
        if (latest < 0 || (day !== undefined && (latestDay === undefined || day > latestDay))) {
          latest = i;
          latestDay = day;
        }
      }
      for (const i of list) {
        if (rows[i]?.DATE_PLACED_CEASED != null) continue;
        if (i !== latest) yield { table: "PlacedAdoption", row: i, field: "DATE_PLACED_CEASED" };
      }
    }
  },
});
