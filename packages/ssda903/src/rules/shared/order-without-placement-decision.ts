import type { FlagOn } from "../rule";
import type { RuleContext } from "../rule-context";

/**
 * Episodes under an adoption-related order (legal status `legalStatus`, e.g. E1 placement order, D1
 * freeing order) whose child has no PlacedAdoption record, and the PlacedAdoption records shown as
 * ended (a ceased date or reason) while such an episode is still open. Rules 553 (E1) and 555 (D1).
 */
export function* orderWithoutPlacementDecision(
  ctx: RuleContext<"Episodes" | "PlacedAdoption">,
  legalStatus: string,
): Generator<FlagOn<"Episodes" | "PlacedAdoption">> {
  const episodes = ctx.table("Episodes");
  const placed = ctx.table("PlacedAdoption");
  const placedByChild = ctx.rowsByChild("PlacedAdoption");
  const endedRecords = new Set<number>();
  for (let i = 0; i < episodes.length; i++) {
    const e = episodes[i];
    if (e?.LS !== legalStatus) continue;
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
}
