import { IsoDate, personal, UkPostcode } from "@childrens-social-care/core";
import * as z from "zod";
import { CategoryOfNeed } from "../code-lists/category-of-need";
import { LegalStatus } from "../code-lists/legal-status";
import { PlacementProvider } from "../code-lists/placement-provider";
import { PlacementType } from "../code-lists/placement-type";
import { ReasonEpisodeCeased } from "../code-lists/reason-episode-ceased";
import { ReasonNewEpisode } from "../code-lists/reason-new-episode";
import { ReasonPlaceChange } from "../code-lists/reason-place-change";
import { ChildId } from "./child-id";
import { PlacementUrn } from "./placement-urn";

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
  // One check function for the five rules (each issue keeps its own rule id): a Zod check costs a call
  // and a loop step per record, and CareEpisode is validated in bulk (a return holds tens of thousands).
  .check(checkEpisode)
  .meta({
    id: "placements.CareEpisode",
    title: "Care episode",
    description:
      "A period of care with one legal status and one placement (SSDA903 Episodes). The end is not before the start, an ended episode has a reason, and the codes are valid on the episode's dates.",
  });
/** A period of care with one legal status and one placement. */
export type CareEpisode = z.infer<typeof CareEpisode>;

interface EpisodeFields {
  readonly startDate: string;
  readonly endDate?: string | undefined;
  readonly placementType: string;
  readonly reasonEnded?: string | undefined;
  readonly reasonPlaceChange?: string | undefined;
}

function checkEpisode(ctx: z.core.ParsePayload<EpisodeFields>): void {
  const e = ctx.value;
  const push = (path: string, message: string, rule: string) =>
    ctx.issues.push({ code: "custom", message, path: [path], input: e, params: { rule } });
  const ended = e.endDate !== undefined;
  if (ended && e.endDate < e.startDate)
    push("endDate", "endDate must not be before startDate.", "core/end-not-before-start");
  if (ended !== (e.reasonEnded !== undefined))
    push(
      "reasonEnded",
      ended
        ? "reasonEnded is required when endDate is given."
        : "reasonEnded is only given together with endDate.",
      "placements/episode-end-has-reason",
    );
  if (
    !PlacementType.isValidOn(e.placementType, e.startDate) ||
    (ended && !PlacementType.isValidOn(e.placementType, e.endDate))
  )
    push(
      "placementType",
      `placementType ${e.placementType} is not a valid code on the episode's ${PlacementType.isValidOn(e.placementType, e.startDate) ? "end" : "start"} date (retired or not yet in use).`,
      "placements/placement-type-valid-on-dates",
    );
  if (ended && e.reasonEnded !== undefined && !ReasonEpisodeCeased.isValidOn(e.reasonEnded, e.endDate))
    push(
      "reasonEnded",
      `reasonEnded ${e.reasonEnded} is not a valid code on the episode's end date (retired or not yet in use).`,
      "placements/reason-ended-valid-on-end-date",
    );
  if (
    ended &&
    e.reasonPlaceChange !== undefined &&
    !ReasonPlaceChange.isValidOn(e.reasonPlaceChange, e.endDate)
  )
    push(
      "reasonPlaceChange",
      `reasonPlaceChange ${e.reasonPlaceChange} is not a valid code on the episode's end date (retired or not yet in use).`,
      "placements/place-change-valid-on-end-date",
    );
}
