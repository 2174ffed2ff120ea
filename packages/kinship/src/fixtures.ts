// Example records shared by the tests. Ids are invented; no real child or carer.
import type {
  ChildArrangementsOrderArrangement,
  KinshipArrangement,
  KinshipFosterCareArrangement,
  PrivateFosteringArrangement,
  SpecialGuardianshipArrangement,
} from "./arrangement/kinship-arrangement";

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
