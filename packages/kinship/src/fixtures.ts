// Example records shared by the tests. Ids are invented; no real child or carer.
import type {
  ChildArrangementsOrderArrangement,
  KinshipArrangement,
  KinshipFosterCareArrangement,
  PrivateFosteringArrangement,
  SpecialGuardianshipArrangement,
} from "./arrangement/kinship-arrangement";
import type { KinshipAssessment } from "./assessment/kinship-assessment";
import type { FamilyNetworkMeeting } from "./support/family-network-meeting";
import type { SupportPlan } from "./support/support-plan";

export const sgo: SpecialGuardianshipArrangement = {
  type: "special-guardianship-order",
  id: "KA-1",
  childId: "C-1001",
  carers: [{ personId: "P-1", relationship: "grandparent" }],
  responsibleLocalAuthority: "318",
  startedOn: "2023-06-01",
  order: { court: "Family Court at Kingston upon Thames", madeOn: "2024-06-20", expiresOn: "2035-01-14" },
  noticeOfIntentionGivenOn: "2024-01-15",
  application: { route: "application", madeOn: "2024-04-15" },
  previouslyLookedAfter: true,
};

export const cao: ChildArrangementsOrderArrangement = {
  type: "child-arrangements-order",
  id: "KA-2",
  childId: "C-1002",
  carers: [{ personId: "P-2", relationship: "aunt-or-uncle" }],
  startedOn: "2022-09-01",
  order: { court: "Family Court at Leeds", madeOn: "2023-02-10" },
};

export const kinshipFoster: KinshipFosterCareArrangement = {
  type: "kinship-foster-care",
  id: "KA-3",
  childId: "C-1003",
  carers: [{ personId: "P-3", relationship: "friend-of-parent" }],
  startedOn: "2024-01-08",
  lookedAfterBasis: "interim-care-order",
  placementCode: "U3",
  approval: {
    stage: "temporary",
    temporaryApprovalOn: "2024-01-08",
    extensions: [
      {
        reason: "full-assessment-incomplete",
        grantedOn: "2024-04-22",
        endsOn: "2024-06-24",
        fosteringPanelViewsSoughtOn: "2024-04-18",
        iroInformedOn: "2024-04-19",
        nominatedOfficerApprovedOn: "2024-04-22",
      },
    ],
  },
};

export const privateFostering: PrivateFosteringArrangement = {
  type: "private-fostering",
  id: "KA-4",
  childId: "C-1004",
  carers: [{ personId: "P-4", relationship: "friend-of-parent" }],
  startedOn: "2024-03-11",
  arrangedOn: "2024-01-02",
  notifiedOn: "2024-01-29",
  notifiedBy: "proposed-carer",
  childDisabled: false,
  // The initial visit within seven working days of notice (by 7 Feb), then six-weekly from the start.
  visits: ["2024-02-06", "2024-04-22", "2024-05-31"],
};

export const allForms: KinshipArrangement[] = [
  sgo,
  cao,
  kinshipFoster,
  {
    type: "private-family-arrangement",
    id: "KA-5",
    childId: "C-1005",
    carers: [{ personId: "P-5", relationship: "sibling" }],
    startedOn: "2024-02-01",
    arrangedBy: "parent",
  },
  {
    type: "informal-kinship-care",
    id: "KA-6",
    childId: "C-1006",
    carers: [{ personId: "P-6", relationship: "friend-of-child" }],
    startedOn: "2024-02-01",
    basis: "aged-16-or-17",
  },
  privateFostering,
  {
    type: "adoption-by-relative",
    id: "KA-7",
    childId: "C-1007",
    carers: [{ personId: "P-7", relationship: "aunt-or-uncle" }],
    startedOn: "2019-05-01",
    order: { court: "Family Court at Bristol", madeOn: "2023-11-03" },
    noticeOfIntentionGivenOn: "2023-05-02",
  },
];

export const viability: KinshipAssessment = {
  type: "viability",
  id: "AS-1",
  childIds: ["C-1003"],
  applicantIds: ["P-3"],
  status: "completed",
  requestedOn: "2023-12-11",
  completedOn: "2023-12-20",
  checks: [{ check: "child-spoken-to", status: "done", on: "2023-12-18" }],
  outcome: "realistic-option-proceed-to-full",
};

export const formC: KinshipAssessment = {
  type: "connected-person",
  id: "AS-2",
  childIds: ["C-1003"],
  applicantIds: ["P-3"],
  arrangementId: "KA-3",
  status: "completed",
  requestedOn: "2024-01-08",
  startedOn: "2024-01-15",
  completedOn: "2024-06-03",
  form: "corambaaf-form-c-2017",
  temporaryApprovalOn: "2024-01-08",
  stages: [
    { stage: "checks", startedOn: "2024-01-15", completedOn: "2024-03-01" },
    { stage: "fostering-panel", startedOn: "2024-06-12", completedOn: "2024-06-12" },
  ],
  checks: [
    { check: "child-spoken-to", status: "done", on: "2024-02-02" },
    { check: "seen-by-two-workers", status: "done", on: "2024-02-09" },
    { check: "enhanced-dbs-check", status: "done", on: "2024-02-20" },
    { check: "local-authority-checks", status: "done" },
  ],
  panelRecommendation: { on: "2024-06-12", recommendation: "approve" },
  decision: { on: "2024-06-19", outcome: "approved" },
};

export const sgReport: KinshipAssessment = {
  type: "special-guardianship-report",
  id: "AS-3",
  childIds: ["C-1001"],
  applicantIds: ["P-1"],
  status: "in-progress",
  requestedOn: "2024-01-15",
  noticeReceivedOn: "2024-01-15",
  checks: [{ check: "child-spoken-to", status: "not-applicable", reason: "The child is 10 months old." }],
};

export const supportPlan: SupportPlan = {
  id: "SP-1",
  type: "special-guardianship-support-plan",
  childId: "C-1001",
  carerIds: ["P-1"],
  arrangementId: "KA-1",
  responsibleAuthority: "318",
  status: "active",
  agreedOn: "2024-06-20",
  writtenAgreement: true,
  services: [
    {
      type: "therapeutic-services",
      description: "Play therapy",
      provider: "CAMHS",
      frequency: "weekly for 12 weeks",
    },
  ],
  financialSupport: [
    {
      type: "special-guardianship-allowance",
      amount: { amountPence: 19400, currency: "GBP" },
      frequency: "weekly",
      meansTested: true,
      startsOn: "2024-06-20",
      reviewOn: "2025-06-20",
    },
  ],
  reviewOn: "2025-06-20",
};

export const fgdm: FamilyNetworkMeeting = {
  id: "FNM-1",
  childIds: ["C-1009"],
  type: "family-group-decision-making",
  trigger: "pre-proceedings",
  offer: {
    decision: "offered",
    offeredOn: "2026-09-01",
    offeredTo: ["parent"],
    inLetterBeforeProceedings: true,
    response: "accepted",
    respondedOn: "2026-09-04",
  },
  held: {
    heldOn: "2026-09-18",
    independentCoordinator: true,
    privateFamilyTime: true,
    participants: [
      { role: "parent", attended: true },
      { role: "relative", personId: "P-9", attended: true },
      { role: "child", attended: true },
    ],
    outcome: {
      familyPlanAgreed: true,
      proposesKinshipCare: true,
      familyNetworkSupportPackageRequested: true,
    },
  },
  careProceedings: { appliedOn: "2026-10-05", order: "care-order" },
};
