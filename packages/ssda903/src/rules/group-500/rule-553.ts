import { defineRule } from "../rule";

/**
 * 553: a child with a placement order (an episode with legal status E1) must have a PlacedAdoption record
 * (the episode is flagged when there is none), and while that episode is open the record must not show
 * the decision as ended (DATE_PLACED_CEASED or REASON_PLACED_CEASED given; the record is flagged).
 * DfE SSDA903 validation rule 553 (Episodes: LS, DEC; PlacedAdoption: DATE_PLACED_CEASED, REASON_PLACED_CEASED).
 */
export const rule553 = defineRule({
  code: "553",
  tables: ["Episodes", "PlacedAdoption"],
  fields: ["CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
  severity: "error",
  message:
    "A placement order is recorded (E1) but there is no matching decision that the child should be placed for adoption, or that decision is shown as ended while the order is in force.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const placed = ctx.table("PlacedAdoption");
    const placedByChild = ctx.rowsByChild("PlacedAdoption");
    const endedRecords = new Set<number>();
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i];
      if (e?.LS !== "E1") continue;
      const records = placedByChild.get(e.CHILD ?? "");
      if (!records) {
        yield { table: "Episodes", row: i, field: "LS" };
        continue;
      }
      if (e.DEC != null) continue;
      for (const p of records) {
        const r = placed[p];
        if (r && (r.DATE_PLACED_CEASED != null || r.REASON_PLACED_CEASED != null)) endedRecords.add(p);
      }
    }
    for (const p of endedRecords) yield { table: "PlacedAdoption", row: p, field: "DATE_PLACED_CEASED" };
  },
});
