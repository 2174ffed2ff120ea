import type { CareEpisode } from "../model/care-episode";

/** A valid open episode to build test cases from: the fields a case does not care about. */
export const BASE_EPISODE: CareEpisode = {
  childId: "C1",
  startDate: "2023-04-01",
  legalStatus: "C2",
  placementType: "U4",
  provider: "PR1",
  categoryOfNeed: "N1",
  reasonNewEpisode: "S",
};

/**
 * Builds a child's episodes from compact rows `[start, end | undefined, RNE, PLACE, REC?, RPC?]`, in
 * order, so a hand-worked case reads like the return's Episodes table.
 */
export function episodes(
  rows: readonly (readonly [string, string | undefined, string, string, string?, string?])[],
  extra: Partial<CareEpisode> = {},
): CareEpisode[] {
  return rows.map(([startDate, endDate, rne, place, rec, rpc]) => {
    const e: Record<string, unknown> = {
      ...BASE_EPISODE,
      ...extra,
      startDate,
      reasonNewEpisode: rne,
      placementType: place,
    };
    if (endDate !== undefined) e["endDate"] = endDate;
    if (endDate !== undefined) e["reasonEnded"] = rec ?? "X1";
    if (rpc !== undefined) e["reasonPlaceChange"] = rpc;
    return e as CareEpisode;
  });
}
