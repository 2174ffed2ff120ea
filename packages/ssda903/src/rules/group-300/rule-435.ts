import { defineRule } from "../rule";
import { orderByDate } from "./episode-order";

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
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const equal = (a: string | null | undefined, b: string | null | undefined) => a != null && a === b;
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      const ordered = orderByDate(ctx, "Episodes", rows);
      for (let k = 1; k < ordered.length; k++) {
        const row = ordered[k] as number;
        const ep = episodes[row];
        if (ep?.RNE !== "P" && ep?.RNE !== "T") continue;
        const before = episodes[ordered[k - 1] as number];
        const statusChanged = !equal(ep.LS, before?.LS);
        const samePlacement =
          equal(ep.PLACE, before?.PLACE) &&
          equal(ep.PL_POST, before?.PL_POST) &&
          equal(ep.URN, before?.URN) &&
          equal(ep.PLACE_PROVIDER, before?.PLACE_PROVIDER);
        if (statusChanged || samePlacement) yield { table: "Episodes", row, field: "RNE" };
      }
    }
  },
});
