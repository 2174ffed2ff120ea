import { defineRule } from "../rule";

/**
 * 556: the decision that the child should be placed for adoption (DATE_PLACED) should be on or before
 * the day a freeing order was granted (the start of an episode with legal status D1). Freeing orders (D1)
 * were removed from the rule set in 2024-25.
 * DfE SSDA903 validation rule 556 (PlacedAdoption: DATE_PLACED; Episodes: DECOM).
 */
export const rule556 = defineRule({
  code: "556",
  until: "2023-24",
  tables: ["Episodes", "PlacedAdoption"],
  fields: ["DATE_PLACED", "DECOM"],
  severity: "error",
  message:
    "The decision to place the child for adoption is dated after the freeing order was granted; check both dates.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const placed = ctx.table("PlacedAdoption");
    const placedByChild = ctx.rowsByChild("PlacedAdoption");
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i];
      if (e?.LS !== "D1") continue;
      const start = ctx.date(e.DECOM);
      if (start === undefined) continue;
      const records = placedByChild.get(e.CHILD ?? "") ?? [];
      if (records.some((p) => (ctx.date(placed[p]?.DATE_PLACED) ?? Number.NEGATIVE_INFINITY) > start)) {
        yield { table: "Episodes", row: i, field: "DECOM" };
      }
    }
  },
});
