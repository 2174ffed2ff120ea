// Placements are not stored: they are derived from a child's episodes as the DfE defines a
// placement (consecutive episodes with the same carer), by the placements package.
import { type CareEpisode, placementsOf as merge, type Placement } from "@childrens-social-care/placements";

export function placementsOf(episodes: readonly unknown[]): Placement[] {
  return merge(episodes as CareEpisode[]);
}
