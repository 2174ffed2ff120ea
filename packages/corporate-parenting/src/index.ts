/**
 * Corporate parenting in England as typed, validated data: the seven corporate parenting principles in
 * their enacted wording, who they protect and which bodies are corporate parents; strategies, priorities,
 * pledges, commitments and actions; measures with a RAG status; and the local offer for care leavers.
 *
 * @packageDocumentation
 */

export {
  type PathwayPlanReviewInput,
  pathwayPlanReviewDeadlines,
  pathwayPlanReviewedSixMonthly,
} from "./care-leavers/pathway-plan-reviews";
export {
  type PersonalAdviserInput,
  personalAdviserRequiredOn,
  personalAdviserSupportEndsOn,
  personalAdviserTo25,
} from "./care-leavers/personal-adviser";
export {
  CareLeaverStatus,
  EntitlementKind,
  LocalOfferCategory,
} from "./local-offer/local-offer-codes";
export {
  LegalBasis,
  LocalOfferEntitlement,
} from "./local-offer/local-offer-entitlement";
export { entitlementMeetsNationalMinimum } from "./local-offer/local-offer-rules";
export { NATIONAL_ENTITLEMENTS, nationalEntitlement } from "./local-offer/national-entitlements";
export {
  ComparatorType,
  Measure,
  MeasurePeriod,
  MeasureUnit,
  Polarity,
} from "./measures/measure";
export {
  MEASURE_RULES,
  measurePeriodInOrder,
  percentagesConsistent,
  validateMeasure,
} from "./measures/measure-rules";
export { DEFAULT_AMBER_FRACTION, RagStatus, ragStatus } from "./measures/rag-status";
export {
  CorporateParentBody,
  isCorporateParentOn,
  isLocalAuthority,
  WIDER_CORPORATE_PARENTING_COMMENCES,
} from "./principles/corporate-parent";
export { CorporateParentingCohort, principlesApplyTo } from "./principles/corporate-parenting-cohort";
export {
  CORPORATE_PARENTING_PRINCIPLES_STEM,
  CorporateParentingPrinciple,
  enactedText,
  paragraphOf,
} from "./principles/corporate-parenting-principle";
export { Commitment, Signatory, StrategyAction, YouToldUs } from "./strategy/commitment";
export { DecisionLink } from "./strategy/decision-link";
export { Pledge } from "./strategy/pledge";
export { Priority } from "./strategy/priority";
export { CareExperienceProtectedCharacteristic } from "./strategy/protected-characteristic";
export { Strategy } from "./strategy/strategy";
export {
  ActionStatus,
  CommitmentStatus,
  ParticipationForum,
  PledgeAudience,
  StrategyStatus,
} from "./strategy/strategy-codes";
export {
  actionsNotOverdue,
  allPrinciplesAddressed,
  principlesAddressed,
  prioritiesNumbered,
  protectedCharacteristicDecisionRecorded,
  STRATEGY_RULES,
  strategyApprovalRecorded,
  strategyPeriodInOrder,
  validateStrategy,
} from "./strategy/strategy-rules";
