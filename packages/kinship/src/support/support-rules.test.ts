import { commencementDateOf } from "@childrens-social-care/reforms";
import { describe, expect, it } from "vitest";
import { fgdm, supportPlan } from "../fixtures";
import {
  fgdmDutyInForceFrom,
  familyGroupDecisionMakingBeforeProceedings as fgdmRule,
} from "./family-group-decision-making-rule";
import type { FamilyNetworkMeeting } from "./family-network-meeting";
import { type FamilyNetworkSupportPackage, packageTotalPence } from "./family-network-support-package";
import { type KinshipLocalOffer, kinshipLocalOfferComplete } from "./kinship-local-offer";
import { financialSupportAgreedAndReviewed } from "./support-plan-rules";

describe("family group decision-making before care proceedings (Children Act 1989 s31ZA)", () => {
  // The duty commences by regulations (none made when last checked): the tests give a commencement date.
  const IN_FORCE = { dutyInForceFrom: "2026-01-01" };
  const rules = (m: FamilyNetworkMeeting, options: { dutyInForceFrom?: string } = IN_FORCE) =>
    fgdmRule.check(m, options).map((i) => i.path);

  it("accepts an offer in the letter before proceedings, accepted and held before the application", () => {
    expect(fgdmRule.check(fgdm, IN_FORCE)).toEqual([]);
  });

  it("does not apply until a commencement date is known: none is in the reforms catalogue yet", () => {
    const { offer: _o, ...unoffered } = fgdm;
    expect(fgdmDutyInForceFrom()).toBeUndefined();
    expect(commencementDateOf("family-group-decision-making")).toBeUndefined();
    expect(fgdmRule.check(unoffered)).toEqual([]);
    expect(fgdmRule.check(unoffered, { asOf: "2026-12-04" })).toEqual([]);
    expect(rules(unoffered)).toEqual([["offer"]]);
  });

  it("applies only once care proceedings are applied for, and from the commencement date given", () => {
    const { careProceedings: _c, ...noProceedings } = fgdm;
    expect(fgdmRule.check({ ...noProceedings, offer: undefined } as FamilyNetworkMeeting, IN_FORCE)).toEqual(
      [],
    );
    const { offer: _o, ...unoffered } = fgdm;
    expect(rules(unoffered)).toEqual([["offer"]]);
    expect(fgdmRule.check(unoffered, { dutyInForceFrom: "2026-10-06" })).toEqual([]);
    expect(rules(unoffered, { dutyInForceFrom: "2026-10-05" })).toEqual([["offer"]]);
  });

  it("reports an offer outside the letter before proceedings, or made after the application", () => {
    if (fgdm.offer?.decision !== "offered") throw new Error("fixture");
    expect(rules({ ...fgdm, offer: { ...fgdm.offer, inLetterBeforeProceedings: false } })).toEqual([
      ["offer", "inLetterBeforeProceedings"],
    ]);
    expect(rules({ ...fgdm, offer: { ...fgdm.offer, offeredOn: "2026-10-06" } })).toEqual([
      ["offer", "offeredOn"],
    ]);
  });

  it("reports an accepted meeting not held before the application; the same day passes", () => {
    if (!fgdm.held) throw new Error("fixture");
    const { held: _h, ...notHeld } = fgdm;
    expect(rules(notHeld)).toEqual([["held"]]);
    expect(rules({ ...fgdm, held: { ...fgdm.held, heldOn: "2026-10-06" } })).toEqual([["held"]]);
    expect(rules({ ...fgdm, held: { ...fgdm.held, heldOn: "2026-10-05" } })).toEqual([]);
    if (fgdm.offer?.decision !== "offered") throw new Error("fixture");
    expect(rules({ ...notHeld, offer: { ...fgdm.offer, response: "declined" } })).toEqual([]);
  });

  it("accepts a decision that a meeting is not in the child's best interests, made before the application", () => {
    const notOffered: FamilyNetworkMeeting = {
      ...fgdm,
      offer: {
        decision: "not-offered-not-in-best-interests",
        decidedOn: "2026-09-30",
        reason: "Risk of harm.",
      },
    };
    const { held: _h, ...withoutMeeting } = notOffered;
    expect(fgdmRule.check(withoutMeeting, IN_FORCE)).toEqual([]);
    expect(
      rules({
        ...withoutMeeting,
        offer: { decision: "not-offered-not-in-best-interests", decidedOn: "2026-10-06", reason: "x" },
      }),
    ).toEqual([["offer", "decidedOn"]]);
  });
});

describe("financial support agreed in writing and reviewed", () => {
  it("accepts a written agreement with a review date ahead", () => {
    expect(financialSupportAgreedAndReviewed.check(supportPlan, { asOf: "2025-06-20" })).toEqual([]);
  });

  it("warns when not in writing, when a periodic payment has no review date, or it has passed", () => {
    const [allowance] = supportPlan.financialSupport;
    if (!allowance) throw new Error("fixture");
    const { reviewOn: _r, ...noReview } = allowance;
    const issues = financialSupportAgreedAndReviewed.check(
      {
        ...supportPlan,
        writtenAgreement: false,
        financialSupport: [
          noReview,
          { ...allowance, frequency: "one-off", reviewOn: undefined } as never,
          allowance,
        ],
      },
      { asOf: "2025-06-21" },
    );
    expect(issues.map((i) => i.path)).toEqual([
      ["writtenAgreement"],
      ["financialSupport", 0, "reviewOn"],
      ["financialSupport", 2, "reviewOn"],
    ]);
    expect(
      financialSupportAgreedAndReviewed.check({ ...supportPlan, status: "draft", writtenAgreement: false }),
    ).toEqual([]);
  });
});

describe("kinship local offer (Children Act 1989 s22H)", () => {
  const offer: KinshipLocalOffer = {
    localAuthority: "318",
    publishedOn: "2026-07-01",
    generalApproach: "Children live with their family network wherever that is safe.",
    financialSupport: [{ description: "Special guardianship allowances", providedBy: "local-authority" }],
    services: [
      { area: "health-and-wellbeing", description: "Therapeutic support" },
      { area: "relationships", description: "Family time support" },
      { area: "education-and-training", description: "Virtual School Head" },
      { area: "accommodation", description: "Housing priority" },
    ],
  };

  it("accepts an offer covering financial support and the four service areas", () => {
    expect(kinshipLocalOfferComplete.check(offer)).toEqual([]);
  });

  it("warns for each missing area", () => {
    const issues = kinshipLocalOfferComplete.check({
      ...offer,
      financialSupport: [],
      services: offer.services.slice(0, 2),
    });
    expect(issues.map((i) => i.message)).toEqual([
      "The offer says nothing about financial support (s22H(1)(b)).",
      'The offer lists no service for "education-and-training" (s22H(2)).',
      'The offer lists no service for "accommodation" (s22H(2)).',
    ]);
  });
});

describe("family network support package", () => {
  it("totals its money in pence", () => {
    const pkg: FamilyNetworkSupportPackage = {
      id: "FNSP-1",
      childIds: ["C-1009"],
      purpose: "move-to-kinship-care",
      agreedOn: "2026-09-20",
      items: [
        { kind: "financial", description: "Bunk beds", amount: { amountPence: 45000, currency: "GBP" } },
        { kind: "practical", description: "Help with school runs" },
        { kind: "financial", description: "Travel", amount: { amountPence: 12050, currency: "GBP" } },
      ],
    };
    expect(packageTotalPence(pkg)).toBe(57050);
  });
});
