import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

const PLACEMENT_FIELDS = ["PLACE", "PL_POST", "URN", "PLACE_PROVIDER"] as const;

/**
 * 434: an episode with reason "L" (legal status changed, placement unchanged) must have a different
 * legal status from the previous episode and the same placement (type, postcode, URN and provider).
 * DfE SSDA903 validation rule 434 (Episodes.RNE, LS, PLACE, PL_POST, URN, PLACE_PROVIDER).
 */
export const rule434 = defineRule({
  code: "434",
  tables: ["Episodes"],
  fields: ["RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"],
  severity: "error",
  message:
    "The episode says only the legal status changed (L), but the legal status is unchanged or the placement details differ from the previous episode.",
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const { order, bounds } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes">[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) {
      for (let k = (bounds[c] as number) + 1; k < (bounds[c + 1] as number); k++) {
        const row = order[k] as number;
        const ep = episodes[row];
        if (ep?.RNE !== "L") continue;
        const before = episodes[order[k - 1] as number];
        const sameStatus = ep.LS != null && ep.LS === before?.LS;
        const placementChanged = PLACEMENT_FIELDS.some((f) => (ep[f] ?? "") !== (before?.[f] ?? ""));
        if (sameStatus || placementChanged) flags.push({ table: "Episodes", row, field: "RNE" });
      }
    }
    return flags;
  },
});
