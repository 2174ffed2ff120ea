/**
 * Kinship care in England as typed, validated data: the legal forms of kinship arrangement, assessments,
 * support plans, family network meetings, the kinship local offer, Lifelong Links, and the statutory time
 * limits as rules that return validation issues.
 *
 * @packageDocumentation
 */
export { KinshipArrangementType } from "./arrangement/arrangement-type";
export { isCloseRelative, KinshipCarer, KinshipCarerRelationship } from "./arrangement/carer";
export { AdoptionOrder, CourtOrder } from "./arrangement/court-order";
export {
  AdoptionByRelativeArrangement,
  ChildArrangementsOrderArrangement,
  InformalKinshipCareArrangement,
  isLookedAfter,
  KinshipArrangement,
  KinshipFosterCareArrangement,
  PrivateFamilyArrangement,
  PrivateFosteringArrangement,
  SpecialGuardianshipArrangement,
} from "./arrangement/kinship-arrangement";
export { LookedAfterBasis } from "./arrangement/looked-after-basis";
export {
  AssessmentIncompleteExtension,
  ConnectedPersonApproval,
  ReviewPendingExtension,
  TemporaryApprovalExtension,
} from "./arrangement/temporary-approval";
export {
  describeDays,
  type ExtensionRequest,
  MAX_EXTENSION_WEEKS,
  TEMPORARY_APPROVAL_WEEKS,
  type TemporaryApprovalEnd,
  temporaryApprovalEnds,
} from "./arrangement/temporary-approval-ends";
export { formatMoney, Money } from "./money";
export { type Rule, type RuleOptions, runRules } from "./rule";
export {
  PRIVATE_FOSTERING_NOTICE_WEEKS,
  privateFosteringNoticeDue,
  privateFosteringNoticeInTime,
  privateFosteringNotWithCloseRelative,
} from "./rules/private-fostering-rules";
export {
  earliestSpecialGuardianshipApplication,
  specialGuardianshipNoticeGiven,
  specialGuardianshipNoticeLatest,
} from "./rules/special-guardianship-notice-rule";
export {
  type TemporaryApprovalPeriod,
  temporaryApprovalExtensionSafeguards,
  temporaryApprovalExtensionsLawful,
  temporaryApprovalNotExceeded,
  temporaryApprovalPeriod,
} from "./rules/temporary-approval-rules";
