import { defineRule } from "../rule";
import { orderByDate } from "./episode-order";

const PLACEMENT_FIELDS = ["PLACE", "PL_POST", "URN", "PLACE_PROVIDER"] as const;

/**
 * 436: an episode with reason "U" or "B" (both placement and legal status changed) must differ from
 * the previous episode in legal status and in at least one placement detail. Blank values compare
 * equal to each other.
 * DfE SSDA903 validation rule 436 (Episodes.RNE, LS, PLACE, PL_POST, URN, PLACE_PROVIDER).
 */
export const rule436 = defineRule({
  code: "436",
  tables: ["Episodes"],
  fields: ["RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"],
  severity: "error",
  message:
    "The episode says both the placement and legal status changed (U or B), but one of them is the same as in the previous episode.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      const ordered = orderByDate(ctx, "Episodes", rows).filter((r) => episodes[r]?.CHILD != null);
      for (let k = 1; k < ordered.length; k++) {
        const row = ordered[k] as number;
        const ep = episodes[row];
        if (ep?.RNE !== "U" && ep?.RNE !== "B") continue;
        const before = episodes[ordered[k - 1] as number];
        const sameStatus = (ep.LS ?? null) === (before?.LS ?? null);
        const samePlacement = PLACEMENT_FIELDS.every((f) => (ep[f] ?? null) === (before?.[f] ?? null));
        if (sameStatus || samePlacement) yield { table: "Episodes", row, field: "RNE" };
      }
    }
  },
});
