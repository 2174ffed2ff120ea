import type { FlagOn } from "../rule";
import type { RuleContext } from "../rule-context";

/**
 * The pairs (deprivation of liberty order, episode) of one child that overlap in time, for rules 709
 * and 710: an order with readable start and end dates overlaps an episode when it starts on or before
 * the episode ends (or the episode is still open) and ends on or after the episode starts. For each
 * overlapping pair whose episode placement `wrong` reports, both records are flagged.
 */
export function* doloPlacementOverlaps(
  ctx: RuleContext<"DoLo" | "Episodes">,
  wrong: (place: string | null | undefined) => boolean,
): Generator<FlagOn<"DoLo" | "Episodes">> {
  const dolo = ctx.table("DoLo");
  const episodes = ctx.table("Episodes");
  const episodesByChild = ctx.rowsByChild("Episodes");
  for (let d = 0; d < dolo.length; d++) {
    const start = ctx.date(dolo[d]?.DOLO_START);
    const end = ctx.date(dolo[d]?.DOLO_END);
    if (start === undefined || end === undefined) continue;
    let flagged = false;
    for (const e of episodesByChild.get(dolo[d]?.CHILD ?? "") ?? []) {
      const ep = episodes[e];
      const decom = ctx.date(ep?.DECOM);
      const dec = ctx.date(ep?.DEC);
      if (decom === undefined || end < decom || (dec !== undefined && start > dec)) continue;
      if (!wrong(ep?.PLACE)) continue;
      flagged = true;
      yield { table: "Episodes", row: e, field: "PLACE" };
    }
    if (flagged) yield { table: "DoLo", row: d, field: "DOLO_START" };
  }
}
