import { endNotBeforeStart, IsoDate, personal, UkPostcode } from "@childrens-social-care/core";
import * as z from "zod";
import { PlacementProvider } from "../code-lists/placement-provider";
import { PlacementType } from "../code-lists/placement-type";
import { ReasonEpisodeCeased } from "../code-lists/reason-episode-ceased";
import { ReasonPlaceChange } from "../code-lists/reason-place-change";
import type { CareEpisode } from "./care-episode";
import { ChildId } from "./child-id";

/**
 * A placement: one carer (or establishment) looking after a child without a break, made of one or more
 * consecutive episodes. The DfE's stability measures count a child as "living with the same carer" (DfE,
 * "Stability measures for children looked after in England", placement stability by local authority:
 * "living with the same carer for at least 2 years",
 * https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/68c7a1f2-7dd9-42d4-9794-e94203e311f0),
 * and the return's reason for a new episode (RNE, labels in shared/reference/ssda903.md §1.2) says whether
 * the carer changed:
 * - S "started to be looked after", P "change of placement and carer(s) only" and B "change of legal
 *   status and placement and carer(s)" start a new placement;
 * - L "change of legal status only", T "change of placement (but same carer(s))" and U "change of legal
 *   status and change of placement (but same carer(s))" continue it: the carer is the same, so the
 *   placement is the same (as when foster carers become the child's adopters: U4 -> A3 with RNE T).
 * A gap between episodes (a new period of care) always starts a new placement.
 */
export const Placement = z
  .object({
    childId: ChildId,
    startDate: IsoDate,
    endDate: IsoDate.optional(),
    placementTypes: z
      .array(PlacementType)
      .min(1)
      .describe(
        "The placement types of its episodes, in order, without repeats (T and U episodes change the type).",
      ),
    provider: PlacementProvider.optional().describe("The provider of the latest episode."),
    placementPostcode: personal(UkPostcode).optional(),
    reasonEnded: ReasonEpisodeCeased.optional().describe(
      "Why the last episode ended (X1 when care continued).",
    ),
    reasonPlaceChange: ReasonPlaceChange.optional().describe("Why the placement ended, when it did."),
    episodeCount: z.int().min(1),
  })
  .check(endNotBeforeStart("startDate", "endDate"))
  .meta({
    id: "placements.Placement",
    title: "Placement",
    description:
      "Consecutive episodes with the same carer (RNE L, T or U continue a placement; S, P and B start one).",
  });
/** A placement: consecutive episodes with the same carer. */
export type Placement = z.infer<typeof Placement>;

const SAME_CARER: ReadonlySet<string> = new Set(["L", "T", "U"]);

/**
 * Merges a child's episodes into placements (see {@link Placement}). Episodes may come in any order;
 * they are sorted by start date. Episodes of different children are never merged.
 *
 * @example
 * placementsOf([
 *   { ...e, startDate: "2023-01-10", endDate: "2023-06-01", reasonNewEpisode: "S", placementType: "U4" },
 *   { ...e, startDate: "2023-06-01", reasonNewEpisode: "T", placementType: "A3" },
 * ]); // one placement from 2023-01-10, types ["U4", "A3"]
 */
export function placementsOf(episodes: readonly CareEpisode[]): Placement[] {
  const sorted = [...episodes].sort((a, b) =>
    a.childId === b.childId
      ? a.startDate < b.startDate
        ? -1
        : a.startDate > b.startDate
          ? 1
          : 0
      : a.childId < b.childId
        ? -1
        : 1,
  );
  const out: Placement[] = [];
  let current: Placement | undefined;
  let previous: CareEpisode | undefined;
  for (const e of sorted) {
    const continues =
      current !== undefined &&
      previous !== undefined &&
      previous.childId === e.childId &&
      previous.endDate === e.startDate &&
      SAME_CARER.has(e.reasonNewEpisode);
    if (current && continues) {
      if (current.placementTypes.at(-1) !== e.placementType) current.placementTypes.push(e.placementType);
      current.episodeCount += 1;
      setEnd(current, e);
    } else {
      current = {
        childId: e.childId,
        startDate: e.startDate,
        placementTypes: [e.placementType],
        episodeCount: 1,
      };
      setEnd(current, e);
      out.push(current);
    }
    previous = e;
  }
  return out;
}

function setEnd(p: Placement, e: CareEpisode): void {
  assign(p, "endDate", e.endDate);
  assign(p, "provider", e.provider);
  assign(p, "placementPostcode", e.placementPostcode);
  assign(p, "reasonEnded", e.reasonEnded);
  assign(p, "reasonPlaceChange", e.reasonPlaceChange);
}

// exactOptionalPropertyTypes: an absent value leaves the key out rather than setting it to undefined.
function assign<K extends keyof Placement>(p: Placement, key: K, value: Placement[K] | undefined): void {
  if (value === undefined) delete p[key];
  else p[key] = value;
}
