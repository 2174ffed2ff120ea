// Every public schema (an export registered with an id) validates the same fixtures under Zod and under
// Ajv with its JSON Schema, and no public schema is left out of this test.
import { publicSchemasOf } from "@childrens-social-care/core";
import { expectSchemaAgreement } from "@childrens-social-care/core/testing";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { strategyFromMinutes as s } from "./fixtures";
import * as cp from "./index";

const pledge = s.pledge!;
const [commitment] = pledge.commitments;
const [signatory] = pledge.signatories;
const priority = s.priorities[4]!;
const action = priority.actions![0]!;
const pc = s.careExperienceProtectedCharacteristic!;
const decision = {
  decisionRef: "Cabinet resolution 4",
  meetingId: "cab-2023-07-26",
  agendaItem: "6",
  decisionMaker: "cabinet",
  decidedOn: "2023-07-26",
};
const period = { type: "financial-year", start: "2024-04-01", end: "2025-03-31", label: "2024-25" };
const measure = {
  id: "m1",
  title: "Permanence within 12 months",
  definition: "Children achieving permanence within 12 months of entering care, as a percentage.",
  unit: "percentage",
  direction: "higher-is-better",
  period,
  value: 31,
  target: 34,
  comparators: [{ type: "national-average-england", value: 33 }],
};
const [suha] = cp.NATIONAL_ENTITLEMENTS;

const CASES: Record<string, readonly unknown[]> = {
  CorporateParentingPrinciple: ["access-to-services", "be-kind", "d"],
  CorporateParentingCohort: ["relevant-child", "care-leaver"],
  CorporateParentBody: ["ofsted", "police"],
  Strategy: [
    s,
    { ...s, priorities: [] },
    { ...s, status: "approved" },
    { ...s, period: { fromYear: 2023 } },
    { ...s, extra: 1 },
  ],
  Priority: [priority, { ...priority, order: 0 }, { ...priority, principles: ["kindness"] }],
  Pledge: [pledge, { ...pledge, commitments: [] }, { ...pledge, audience: ["parents"] }],
  Commitment: [commitment, { ...commitment, status: "done" }, { ...commitment, text: "" }],
  Signatory: [signatory, { role: "Leader" }, { ...signatory, signedOn: "2023-02-30" }],
  StrategyAction: [
    action,
    { ...action, due: "2023-09-30", status: "overdue" },
    { ...action, owner: undefined },
  ],
  YouToldUs: [
    { youToldUs: "We want to stay near school.", whatWeWillDo: "Place locally first." },
    { youToldUs: "x" },
  ],
  DecisionLink: [decision, { decisionRef: "" }, { ...decision, decisionMaker: "mayor" }],
  CareExperienceProtectedCharacteristic: [pc, { ...pc, effects: [] }, { ...pc, status: "maybe" }],
  StrategyStatus: ["in-force", "approved"],
  CommitmentStatus: ["at-risk", "late"],
  ActionStatus: ["completed", "overdue"],
  PledgeAudience: ["care-leavers", "parents"],
  ParticipationForum: ["children-in-care-council", "council"],
  Measure: [
    measure,
    { ...measure, unit: "percent" },
    { ...measure, value: "31%" },
    { ...measure, denominator: 0 },
  ],
  MeasurePeriod: [period, { ...period, type: "week" }, { ...period, end: "2025-02-30" }],
  MeasureUnit: ["percentage", "percent"],
  Polarity: ["lower-is-better", "up"],
  ComparatorType: ["statistical-neighbours", "england"],
  RagStatus: ["amber", "blue"],
  LocalOfferEntitlement: [
    ...cp.NATIONAL_ENTITLEMENTS,
    { ...suha, legalBasis: [] },
    { ...suha, discountPercent: 120 },
    { ...suha, localAuthority: "999" },
  ],
  LegalBasis: [
    { instrument: "Children Act 1989", provision: "s23CZA" },
    { instrument: "X", url: "not a url" },
    {},
  ],
  LocalOfferCategory: ["financial-literacy", "money"],
  CareLeaverStatus: ["former-relevant-child", "care-leaver"],
  EntitlementKind: ["staying-close", "staying-away"],
};

const exported = publicSchemasOf(cp);

describe("public schemas", () => {
  it("every public schema has agreement cases, and its id is corporate-parenting.<Name>", () => {
    expect(exported.map(([n]) => n).sort()).toEqual(Object.keys(CASES).sort());
    for (const [name, schema] of exported)
      expect(z.globalRegistry.get(schema)?.id).toBe(`corporate-parenting.${name}`);
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
