import type { CareEpisode } from "../model/care-episode";
import { isKinshipPlacement } from "../model/placement-kinds";
import { isOpenOn } from "./periods-of-care";

/**
 * True when the child is in a kinship foster placement (PLACE U1-U3: foster care with relatives or
 * friends) on `date`, e.g. 31 March for the DfE's "children looked after at 31 March by placement".
 */
export function inKinshipPlacementOn(episodes: readonly CareEpisode[], date: string): boolean {
  return episodes.some((e) => isOpenOn(e, date) && isKinshipPlacement(e.placementType));
}

/**
 * The share (0 to 1) of children in kinship foster placements (U1-U3) on `date` among those looked after
 * on that date; `undefined` when none was looked after. Each entry is one child's episodes.
 */
export function kinshipShareOn(
  children: readonly (readonly CareEpisode[])[],
  date: string,
): number | undefined {
  let lookedAfter = 0;
  let kinship = 0;
  for (const episodes of children) {
    if (!episodes.some((e) => isOpenOn(e, date))) continue;
    lookedAfter++;
    if (inKinshipPlacementOn(episodes, date)) kinship++;
  }
  return lookedAfter === 0 ? undefined : kinship / lookedAfter;
}
