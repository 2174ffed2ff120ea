// Every public schema (an export registered with an id) validates the same fixtures under Zod and under
// Ajv with its JSON Schema, and no public schema is left out of this test.
import { publicSchemasOf } from "@childrens-social-care/core";
import { expectSchemaAgreement } from "@childrens-social-care/core/testing";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  allForms,
  cao,
  fgdm,
  formC,
  kinshipFoster,
  privateFostering,
  sgo,
  sgReport,
  supportPlan,
  viability,
} from "./fixtures";
import * as kinship from "./index";

const [, , , pfa, informal, , adoption] = allForms;
const full = { ...kinshipFoster, approval: { stage: "full", fullApprovalOn: "2024-05-01" } };
const extension = kinshipFoster.approval.extensions?.[0];
const review = {
  reason: "independent-review-pending",
  grantedOn: "2024-04-01",
  outcomeKnownOn: "2024-08-01",
};
const offer = fgdm.offer;
const held = fgdm.held;
const localOffer = {
  localAuthority: "318",
  publishedOn: "2026-07-01",
  url: "https://example.org/kinship",
  generalApproach: "Children live with family where safe.",
  financialSupport: [{ description: "Special guardianship allowance", providedBy: "local-authority" }],
  services: [{ area: "health-and-wellbeing", description: "Therapy" }],
};
const fnsp = {
  id: "FNSP-1",
  childIds: ["C-1009"],
  purpose: "move-to-kinship-care",
  items: [{ kind: "financial", description: "Bunk beds", amount: { amountPence: 45000, currency: "GBP" } }],
  agreedOn: "2026-09-20",
};
const links = { id: "LL-1", childId: "C-1", status: "searching", referredOn: "2024-01-01", peopleFound: 4 };

const CASES: Record<string, readonly unknown[]> = {
  KinshipArrangement: [
    ...allForms,
    full,
    { ...sgo, notifiedOn: "2024-01-01" },
    { ...sgo, type: "x" },
    {},
    null,
    { ...cao, startedOn: "2023-02-29" },
  ],
  SpecialGuardianshipArrangement: [
    sgo,
    { ...sgo, previouslyLookedAfter: "yes" },
    { ...sgo, application: { route: "by-post" } },
  ],
  ChildArrangementsOrderArrangement: [cao, { ...cao, madeAsResidenceOrder: true }, { ...cao, order: {} }],
  KinshipFosterCareArrangement: [kinshipFoster, full, { ...kinshipFoster, placementCode: "U4" }],
  PrivateFamilyArrangement: [pfa, { ...pfa, arrangedBy: "court" }],
  InformalKinshipCareArrangement: [informal, { ...informal, basis: "long-term" }],
  PrivateFosteringArrangement: [
    privateFostering,
    { ...privateFostering, childDisabled: undefined },
    { ...privateFostering, notifiedBy: "post" },
  ],
  AdoptionByRelativeArrangement: [adoption, { ...adoption, order: { court: "", madeOn: "2023-01-01" } }],
  CourtOrder: [
    sgo.order,
    { court: "X", madeOn: "2024-13-01" },
    { court: "X", madeOn: "2024-01-01", extra: 1 },
  ],
  AdoptionOrder: [
    { court: "X", madeOn: "2024-01-01" },
    { court: "X", madeOn: "2024-01-01", expiresOn: "2030-01-01" },
  ],
  KinshipCarer: [
    { personId: "P", relationship: "grandparent" },
    { personId: "", relationship: "grandparent" },
    { personId: "P", relationship: "parent" },
  ],
  KinshipCarerRelationship: ["grandparent", "parent", 3],
  KinshipArrangementType: ["private-fostering", "residence-order"],
  LookedAfterBasis: ["care-order", "C2"],
  ConnectedPersonApproval: [
    kinshipFoster.approval,
    full.approval,
    { stage: "temporary" },
    { stage: "pending" },
  ],
  TemporaryApprovalExtension: [
    extension,
    review,
    { ...review, reason: "other" },
    { ...review, endsOn: "2024-05-01" },
  ],
  AssessmentIncompleteExtension: [
    extension,
    { reason: "full-assessment-incomplete", grantedOn: "2024-04-01" },
  ],
  ReviewPendingExtension: [review, { reason: "independent-review-pending" }],
  KinshipAssessment: [
    viability,
    formC,
    sgReport,
    { ...viability, outcome: "approved" },
    { ...formC, type: "kinship" },
    { ...sgReport, childIds: [] },
  ],
  ViabilityAssessment: [viability, { ...viability, form: "corambaaf-form-c-2017" }],
  ConnectedPersonAssessment: [formC, { ...formC, decision: { on: "2024-06-19", outcome: "maybe" } }],
  SpecialGuardianshipReport: [
    sgReport,
    { ...sgReport, recommendation: "supports-sgo" },
    { ...sgReport, recommendation: "yes" },
  ],
  AssessmentStatus: ["completed", "done"],
  AssessmentStage: [{ stage: "report" }, { stage: "report", startedOn: "x" }],
  AssessmentCheck: ["child-spoken-to", "spoken"],
  AssessmentCheckRecord: [
    { check: "child-spoken-to", status: "done" },
    { check: "child-spoken-to", status: "not-applicable" },
    { check: "child-spoken-to", status: "not-done", on: "2024-01-01" },
  ],
  SupportPlan: [supportPlan, { ...supportPlan, services: undefined }, { ...supportPlan, status: "live" }],
  SupportService: [supportPlan.services[0], { type: "hugs", description: "x" }],
  FinancialSupport: [supportPlan.financialSupport[0], { ...supportPlan.financialSupport[0], amount: 194 }],
  PaymentFrequency: ["weekly", "daily"],
  SupportServiceType: ["respite-care", "holiday"],
  FinancialSupportType: ["kinship-allowance-pilot", "bonus"],
  SupportPlanType: ["placement-plan", "care-plan"],
  FamilyNetworkMeeting: [
    fgdm,
    { ...fgdm, offer: undefined, held: undefined, careProceedings: undefined },
    { ...fgdm, trigger: "court" },
    { ...fgdm, childIds: [] },
  ],
  FamilyNetworkMeetingType: ["family-group-conference", "fgc"],
  FamilyMeetingOffer: [
    offer,
    { decision: "not-offered-not-in-best-interests", decidedOn: "2026-09-01", reason: "Risk of harm." },
    { decision: "offered" },
  ],
  FamilyMeetingParticipant: [
    { role: "child", attended: true },
    { role: "judge", attended: true },
  ],
  FamilyMeetingHeld: [held, { ...held, outcome: {} }],
  FamilyNetworkSupportPackage: [fnsp, { ...fnsp, items: [] }, { ...fnsp, purpose: "holiday" }],
  KinshipLocalOffer: [
    localOffer,
    { ...localOffer, url: "not a url" },
    { ...localOffer, localAuthority: "999" },
    { ...localOffer, generalApproach: "" },
  ],
  LifelongLinks: [links, { ...links, peopleFound: -1 }, { ...links, status: "done" }],
};

const exported = publicSchemasOf(kinship);

describe("public schemas", () => {
  it("every public schema has agreement cases, and its id is kinship.<Name>", () => {
    expect(exported.map(([n]) => n).sort()).toEqual(Object.keys(CASES).sort());
    for (const [name, schema] of exported) expect(z.globalRegistry.get(schema)?.id).toBe(`kinship.${name}`);
  });

  it("every public schema has a title and a description", () => {
    for (const [name, schema] of exported) {
      const meta = z.globalRegistry.get(schema);
      expect(meta?.title, name).toBeTruthy();
      expect(meta?.description, name).toBeTruthy();
    }
  });

  it.each(exported)("%s: Zod and JSON Schema agree, on valid and invalid cases", (name, schema) => {
    const cases = CASES[name] ?? [];
    const verdicts = cases.map((c) => schema.safeParse(c).success);
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
    expectSchemaAgreement(schema, { cases });
  });
});
