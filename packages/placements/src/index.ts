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
export { PlacementProvider } from "./code-lists/placement-provider";
export { PlacementType } from "./code-lists/placement-type";
export { PreviousPermanence } from "./code-lists/previous-permanence";
export { ReasonEpisodeCeased } from "./code-lists/reason-episode-ceased";
export { ReasonNewEpisode } from "./code-lists/reason-new-episode";
export { ReasonPlaceChange } from "./code-lists/reason-place-change";
export { ReasonPlacedForAdoptionCeased } from "./code-lists/reason-placed-for-adoption-ceased";
export { ReviewParticipation } from "./code-lists/review-participation";
export { Sex } from "./code-lists/sex";
export { SocialWorkerChangeReason } from "./code-lists/social-worker-change-reason";
export { UascStatus } from "./code-lists/uasc-status";
