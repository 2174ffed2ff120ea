/**
 * Looked-after children in England: the SSDA903 code lists with the collection years each code is valid
 * in, and (below) the domain model and measures built on them.
 *
 * @packageDocumentation
 */
export { AdopterLegalStatus } from "./code-lists/adopter-legal-status";
export { AdopterSex } from "./code-lists/adopter-sex";
export { CareLeaverAccommodation } from "./code-lists/care-leaver-accommodation";
export { CareLeaverActivity } from "./code-lists/care-leaver-activity";
export { CareLeaverInTouch } from "./code-lists/care-leaver-in-touch";
export { CategoryOfNeed } from "./code-lists/category-of-need";
export { Ethnicity } from "./code-lists/ethnicity";
export { LegalStatus } from "./code-lists/legal-status";
export { MissingType } from "./code-lists/missing-type";
export { PlacementCountryOutsideEngland, PlacementLocation } from "./code-lists/placement-location";
export { PlacementProvider } from "./code-lists/placement-provider";
export { PlacementType } from "./code-lists/placement-type";
export { PreviousPermanence } from "./code-lists/previous-permanence";
export { ReasonEpisodeCeased } from "./code-lists/reason-episode-ceased";
export { ReasonNewEpisode } from "./code-lists/reason-new-episode";
export { ReasonPlaceChange } from "./code-lists/reason-place-change";
export { ReasonPlacedForAdoptionCeased } from "./code-lists/reason-placed-for-adoption-ceased";
export { ReviewParticipation } from "./code-lists/review-participation";
export { SdqReason } from "./code-lists/sdq-reason";
export { Sex } from "./code-lists/sex";
export { SocialWorkerChangeReason } from "./code-lists/social-worker-change-reason";
export { UascStatus } from "./code-lists/uasc-status";
export { UpnUnknownReason } from "./code-lists/upn-unknown-reason";
export { daysLookedAfterInYear } from "./measures/days-looked-after";
export { inKinshipPlacementOn, kinshipShareOn } from "./measures/kinship";
export { type LongTermStability, longTermStability } from "./measures/long-term-stability";
export { countedEpisodes, isOpenOn, type PeriodOfCare, periodsOfCare } from "./measures/periods-of-care";
export {
  achievedPermanenceWithin12Months,
  type PermanenceKind,
  type PermanenceOptions,
  permanenceKind,
} from "./measures/permanence";
export {
  hasThreeOrMorePlacements,
  type PlacementCountOptions,
  placementsInLast12Months,
} from "./measures/placement-count";
export {
  type GridReference,
  placementDistanceMiles,
  UNKNOWN_PLACEMENT_DISTANCE,
} from "./measures/placement-distance";
export { type MoveCounts, type MoveKind, moveKind, placementMoves } from "./measures/placement-moves";
export { AdoptionDecision, AdoptionMilestones } from "./model/adoption";
export { CareEpisode } from "./model/care-episode";
export { CareLeaverOutcome } from "./model/care-leaver-outcome";
export { ChildId } from "./model/child-id";
export { DeprivationOfLibertyOrder } from "./model/deprivation-of-liberty-order";
export { LookedAfterChild } from "./model/looked-after-child";
export { MissingPeriod } from "./model/missing-period";
export { PermanenceBeforeCare } from "./model/permanence-before-care";
export { Placement, placementsOf } from "./model/placement";
export {
  isFosterPlacement,
  isInHouse,
  isKinshipPlacement,
  isPlacedForAdoption,
  isResidential,
  isSupportedOrIndependentLiving,
  isTemporaryPlacement,
} from "./model/placement-kinds";
export {
  type PlacementArea,
  PlacementLocalAuthority,
  placementAreaOf,
  placementLocationOf,
} from "./model/placement-local-authority";
export { PlacementUrn } from "./model/placement-urn";
export { Review } from "./model/review";
export { SocialWorkerEpisode } from "./model/social-worker-episode";
export {
  type LookedAfterPeriod,
  lookedAfterReviewDeadlines,
  lookedAfterReviewsInTime,
  type ReviewTimescaleRecord,
  reviewDeadlines,
} from "./timescales/looked-after-reviews";
export {
  socialWorkerVisitDeadlines,
  socialWorkerVisitsInTime,
  type VisitRegime,
  type VisitScheduleInput,
} from "./timescales/social-worker-visits";
