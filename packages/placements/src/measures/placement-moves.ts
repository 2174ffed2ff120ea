import type { CareEpisode } from "../model/care-episode";
import { placementsOf } from "../model/placement";
import { countedEpisodes } from "./periods-of-care";

/** Whether a move was planned, by the reason the placement ended (REASON_PLACE_CHANGE). */
export type MoveKind = "planned" | "unplanned" | "unknown";

// Grouping of the reasons for placement change. The codes and their definitions are the DfE's (SSDA903
// REASON_PLACE_CHANGE; definitions in data-to-insight/ssd-data-model ssd_cla_placement.yml). The DfE
// publishes the reasons but no planned/unplanned split, so the split is ours, on the definitions:
// - planned: the move carries out the care plan (CARPL), or only the status of the placement changed
//   (PLACE, e.g. a foster placement becoming a long-term one);
// - unplanned: the placement ended because the provision closed, an allegation or a standards concern,
//   approval was removed, the carer, the child or the authority asked for it to end, or custody;
// - unknown: OTHER, or no reason recorded.
const PLANNED: ReadonlySet<string> = new Set(["CARPL", "PLACE"]);
const UNPLANNED: ReadonlySet<string> = new Set([
  "CLOSE",
  "ALLEG",
  "STAND",
  "APPRR",
  "CREQB",
  "CREQO",
  "CHILD",
  "LAREQ",
  "CUSTOD",
]);

/** Classifies a reason for placement change as a planned or unplanned move. */
export function moveKind(reasonPlaceChange: string | undefined): MoveKind {
  if (reasonPlaceChange === undefined) return "unknown";
  if (PLANNED.has(reasonPlaceChange)) return "planned";
  if (UNPLANNED.has(reasonPlaceChange)) return "unplanned";
  return "unknown";
}

/** Counts of moves by kind. */
export interface MoveCounts {
  readonly planned: number;
  readonly unplanned: number;
  readonly unknown: number;
}

/**
 * The child's moves between placements that ended from `from` to `to` (inclusive), by kind. A move is
 * a placement (see `Placement`) that ended while the child stayed in care (its last episode ended X1 and
 * a new placement began the same day); leaving care is not a move. The reason is the one recorded on the
 * episode that ended, as the DfE asks ("The reason is recorded against the episode that is ending").
 */
export function placementMoves(episodes: readonly CareEpisode[], from: string, to: string): MoveCounts {
  const counts = { planned: 0, unplanned: 0, unknown: 0 };
  const placements = placementsOf(countedEpisodes(episodes));
  for (let i = 0; i + 1 < placements.length; i++) {
    const p = placements[i];
    const next = placements[i + 1];
    if (!p?.endDate || !next || next.startDate !== p.endDate || p.reasonEnded !== "X1") continue;
    if (p.endDate < from || p.endDate > to) continue;
    counts[moveKind(p.reasonPlaceChange)]++;
  }
  return counts;
}
