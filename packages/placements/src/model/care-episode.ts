import { endNotBeforeStart, IsoDate, personal, UkPostcode } from "@childrens-social-care/core";
import { z } from "zod";
import { CategoryOfNeed } from "../code-lists/category-of-need";
import { LegalStatus } from "../code-lists/legal-status";
import { PlacementProvider } from "../code-lists/placement-provider";
import { PlacementType } from "../code-lists/placement-type";
import { ReasonEpisodeCeased } from "../code-lists/reason-episode-ceased";
import { ReasonNewEpisode } from "../code-lists/reason-new-episode";
import { ReasonPlaceChange } from "../code-lists/reason-place-change";
import { ChildId } from "./child-id";
import { codeValidOnDates, presentTogether } from "./code-valid-on";
import { PlacementUrn } from "./placement-urn";

const START = { key: "startDate", label: "episode's start date" } as const;
const END = { key: "endDate", label: "episode's end date" } as const;

/**
 * One episode of care: a period with one legal status and one placement (SSDA903 Episodes table). A
 * new episode starts whenever the legal status, the placement or the carer changes (RNE says which).
 *
 * Checks that belong to the episode itself (the DfE's return guidance; D2I validator rules cited):
 * - the end date is not before the start date;
 * - an ended episode has a reason it ended, and only an ended episode has one (DEC and REC together);
 * - the placement type is valid on the start date and, when the episode has ended, on the end date
 *   (so a P2 episode running past 27 October 2023 fails, as D2I rule 217t; an open episode can only be
 *   checked against a collection year, which is the return validator's job);
 * - the reasons for ending and for the placement change are valid on the end date (E43/E44 before
 *   2018-19, CUSTOD from 2018-19).
 */
export const CareEpisode = z
  .object({
    childId: ChildId,
    startDate: IsoDate.describe("Date the episode started (SSDA903 DECOM)."),
    endDate: IsoDate.optional().describe("Date the episode ended (DEC); absent while it is open."),
    legalStatus: LegalStatus,
    placementType: PlacementType,
    provider: PlacementProvider.optional().describe("Blank for temporary and 'other' placements."),
    categoryOfNeed: CategoryOfNeed,
    reasonNewEpisode: ReasonNewEpisode,
    reasonEnded: ReasonEpisodeCeased.optional(),
    reasonPlaceChange: ReasonPlaceChange.optional(),
    homePostcode: personal(UkPostcode).optional().describe("Postcode of the child's home (HOME_POST)."),
    placementPostcode: personal(UkPostcode).optional().describe("Postcode of the placement (PL_POST)."),
    ofstedUrn: PlacementUrn.optional(),
  })
  .check(endNotBeforeStart("startDate", "endDate"))
  .check(presentTogether("endDate", "reasonEnded", "placements/episode-end-has-reason"))
  .check(
    codeValidOnDates(
      PlacementType,
      "placementType",
      [START, END],
      "placements/placement-type-valid-on-dates",
    ),
  )
  .check(
    codeValidOnDates(ReasonEpisodeCeased, "reasonEnded", [END], "placements/reason-ended-valid-on-end-date"),
  )
  .check(
    codeValidOnDates(
      ReasonPlaceChange,
      "reasonPlaceChange",
      [END],
      "placements/place-change-valid-on-end-date",
    ),
  )
  .meta({
    id: "placements.CareEpisode",
    title: "Care episode",
    description:
      "A period of care with one legal status and one placement (SSDA903 Episodes). The end is not before the start, an ended episode has a reason, and the codes are valid on the episode's dates.",
  });
/** A period of care with one legal status and one placement. */
export type CareEpisode = z.infer<typeof CareEpisode>;
