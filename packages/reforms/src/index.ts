/**
 * England's children's social care reforms as typed data: the Children's Wellbeing and Schools Act 2026
 * and the programmes around it, each provision with its sources, legal basis, dated status and the
 * council actions it implies; status on any date; and a council implementation tracker.
 *
 * @packageDocumentation
 */
export { checkProvisions } from "./catalogue/check-provisions";
export { catalogueInfo, provisionById, provisions } from "./catalogue/provisions";
export { sourceById, sources } from "./catalogue/sources";
export { commencementDateOf, dutyInForceOn } from "./commencement-of";
export { Commencement } from "./model/commencement";
export { DutyHolder } from "./model/duty-holder";
export { LegalBasis, StatutoryReference } from "./model/legal-basis";
export { Provision, type ProvisionInput } from "./model/provision";
export { ProvisionKind } from "./model/provision-kind";
export { ProvisionStatus } from "./model/provision-status";
export { ReformSource } from "./model/reform-source";
export { SourceKind } from "./model/source-kind";
export { StatusEvent } from "./model/status-event";
export { ReformTheme } from "./model/theme";
export {
  inForceOn,
  provisionsByDutyHolder,
  provisionsByTheme,
  provisionsWithStatusOn,
  type StatusChange,
  statusChangesBetween,
} from "./queries/queries";
export { type ProvisionMatch, searchProvisions } from "./queries/search";
export { statusEventOn, statusOn } from "./status-on";
export { checkTracker } from "./tracker/check-tracker";
export { CommitteeReference } from "./tracker/committee-reference";
export {
  ImplementationTracker,
  type ImplementationTrackerInput,
  ProvisionReadiness,
} from "./tracker/implementation-tracker";
export { RagRating } from "./tracker/rag-rating";
export {
  type OverdueAction,
  summariseTracker,
  type TrackerSummary,
  type UpcomingCommencement,
} from "./tracker/summarise-tracker";
export { ActionStatus, TrackerAction } from "./tracker/tracker-action";
