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
export { type KinshipDeadline, kinshipDeadlines } from "./arrangement/kinship-deadlines";
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
export {
  KINSHIP_ARRANGEMENT_RULES,
  validateKinshipArrangement,
} from "./arrangement/validate-kinship-arrangement";
export { AssessmentCheck, AssessmentCheckRecord } from "./assessment/assessment-check";
export { assessmentChecksRecorded, REQUIRED_CHECKS } from "./assessment/assessment-rules";
export {
  AssessmentStage,
  AssessmentStatus,
  ConnectedPersonAssessment,
  KinshipAssessment,
  SpecialGuardianshipReport,
  ViabilityAssessment,
} from "./assessment/kinship-assessment";
export {
  arrangementTypeOfSsda903Code,
  type CarerConnection,
  SSDA903_KINSHIP_CODES,
  type Ssda903KinshipCertainty,
  type Ssda903KinshipCode,
  ssda903CodesOf,
  ssda903KinshipCertainty,
} from "./placements/ssda903-kinship-codes";
export { informalFormMatchesCarer } from "./rules/form-matches-carer-rule";
export { privateFosteringChangesNotified } from "./rules/private-fostering-notifications";
export {
  PRIVATE_FOSTERING_NOTICE_WEEKS,
  privateFosteringNoticeDue,
  privateFosteringNoticeInTime,
  privateFosteringNotWithCloseRelative,
} from "./rules/private-fostering-rules";
export {
  PRIVATE_FOSTERING_INITIAL_VISIT_WORKING_DAYS,
  privateFosteringVisitDeadlines,
  privateFosteringVisitingYearBegins,
  privateFosteringVisitsInTime,
} from "./rules/private-fostering-visits";
export { specialGuardianshipLeaveBeforeNotice } from "./rules/special-guardianship-leave-rule";
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
export {
  FGDM_PROVISION_ID,
  type FgdmRuleOptions,
  familyGroupDecisionMakingBeforeProceedings,
  fgdmDutyInForceFrom,
} from "./support/family-group-decision-making-rule";
export {
  FamilyMeetingHeld,
  FamilyMeetingOffer,
  FamilyMeetingParticipant,
  FamilyNetworkMeeting,
  FamilyNetworkMeetingType,
} from "./support/family-network-meeting";
export { FamilyNetworkSupportPackage, packageTotalPence } from "./support/family-network-support-package";
export {
  KINSHIP_LOCAL_OFFER_AREAS,
  KinshipLocalOffer,
  kinshipLocalOfferComplete,
} from "./support/kinship-local-offer";
export { LifelongLinks } from "./support/lifelong-links";
export {
  specialGuardianshipSupportReviewDeadlines,
  specialGuardianshipSupportReviewedAnnually,
} from "./support/special-guardianship-support-reviews";
export { FinancialSupportType, SupportPlanType, SupportServiceType } from "./support/support-codes";
export { FinancialSupport, PaymentFrequency, SupportPlan, SupportService } from "./support/support-plan";
export { financialSupportAgreedAndReviewed } from "./support/support-plan-rules";
