import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

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
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const { order, bounds } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes">[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) {
      for (let k = (bounds[c] as number) + 1; k < (bounds[c + 1] as number); k++) {
        const row = order[k] as number;
        const ep = episodes[row];
        if (ep?.CHILD == null || (ep.RNE !== "U" && ep.RNE !== "B")) continue;
        const before = episodes[order[k - 1] as number];
        const sameStatus = (ep.LS ?? null) === (before?.LS ?? null);
        const samePlacement = PLACEMENT_FIELDS.every((f) => (ep[f] ?? null) === (before?.[f] ?? null));
        if (sameStatus || samePlacement) flags.push({ table: "Episodes", row, field: "RNE" });
      }
    }
    return flags;
  },
});
