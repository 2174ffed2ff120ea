import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

/**
 * 435: an episode with reason "P" or "T" (placement changed, legal status unchanged) must keep the
 * previous episode's legal status and differ from it in at least one placement detail (type,
 * postcode, URN or provider).
 * DfE SSDA903 validation rule 435 (Episodes.RNE, LS, PLACE, PL_POST, URN, PLACE_PROVIDER).
 */
export const rule435 = defineRule({
  code: "435",
  tables: ["Episodes"],
  fields: ["LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"],
  severity: "error",
  message:
    "The episode says only the placement changed (P or T), but the legal status differs or the placement is the same as in the previous episode.",
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const { order, bounds } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes">[] = [];
    const equal = (a: string | null | undefined, b: string | null | undefined) => a != null && a === b;
    for (let c = 0; c + 1 < bounds.length; c++) {
      for (let k = (bounds[c] as number) + 1; k < (bounds[c + 1] as number); k++) {
        const row = order[k] as number;
        const ep = episodes[row];
        if (ep?.RNE !== "P" && ep?.RNE !== "T") continue;
        const before = episodes[order[k - 1] as number];
        const statusChanged = !equal(ep.LS, before?.LS);
        const samePlacement =
          equal(ep.PLACE, before?.PLACE) &&
          equal(ep.PL_POST, before?.PL_POST) &&
          equal(ep.URN, before?.URN) &&
          equal(ep.PLACE_PROVIDER, before?.PLACE_PROVIDER);
        if (statusChanged || samePlacement) flags.push({ table: "Episodes", row, field: "RNE" });
      }
    }
    return flags;
  },
});
