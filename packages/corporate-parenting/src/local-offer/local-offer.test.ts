import { describe, expect, it } from "vitest";
import type { LocalOfferEntitlement } from "./local-offer-entitlement";
import { LocalOfferEntitlement as Schema } from "./local-offer-entitlement";
import { entitlementMeetsNationalMinimum as rule } from "./local-offer-rules";
import { NATIONAL_ENTITLEMENTS, nationalEntitlement } from "./national-entitlements";

describe("national entitlements of care leavers", () => {
  it("are valid entitlements, one per kind", () => {
    for (const e of NATIONAL_ENTITLEMENTS) expect(Schema.safeParse(e).error).toBeUndefined();
    expect(new Set(NATIONAL_ENTITLEMENTS.map((e) => e.kind)).size).toBe(NATIONAL_ENTITLEMENTS.length);
  });

  it("carry the amounts, ages and legal bases of the law and national schemes", () => {
    expect(nationalEntitlement("setting-up-home-allowance")?.amount).toEqual({
      money: { amountPence: 300000, currency: "GBP" },
      isMinimum: true,
      frequency: "one-off",
    });
    expect(nationalEntitlement("higher-education-bursary")?.amount?.money.amountPence).toBe(200000);
    expect(nationalEntitlement("personal-adviser")?.ageTo).toBe(25);
    expect(nationalEntitlement("staying-put")).toMatchObject({ ageFrom: 18, ageTo: 21 });
    expect(nationalEntitlement("staying-close")?.legalBasis[0]?.prospective).toBe(true);
    expect(nationalEntitlement("council-tax-relief")).toMatchObject({
      basis: "discretionary-local",
      discountPercent: 100,
    });
    expect(nationalEntitlement("other")).toBeUndefined();
  });
});

describe("a council's entitlement against the national one", () => {
  const suha: LocalOfferEntitlement = {
    id: "318-suha",
    kind: "setting-up-home-allowance",
    localAuthority: "318",
    category: "accommodation",
    title: "Setting up home allowance",
    basis: "national-scheme",
    legalBasis: [{ instrument: "Council local offer for care leavers" }],
    eligibleStatuses: ["former-relevant-child"],
    ageTo: 25,
    amount: { money: { amountPence: 300000, currency: "GBP" }, isMinimum: false, frequency: "one-off" },
    providedBy: "local-authority",
  };

  it("accepts an offer at the national minimum", () => {
    expect(rule.check(suha)).toEqual([]);
  });

  it("warns when below a national scheme's minimum (£2,000 is the pre-2023 figure)", () => {
    const issues = rule.check({
      ...suha,
      amount: { ...suha.amount!, money: { amountPence: 200000, currency: "GBP" } },
    });
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: "The setting up home allowance offered (£2,000) is below the national minimum of £3,000.",
      }),
    ]);
  });

  it("reports an error when below a statutory entitlement: personal adviser only to 21", () => {
    const pa: LocalOfferEntitlement = {
      ...suha,
      id: "318-pa",
      kind: "personal-adviser",
      category: "relationships",
      title: "Personal adviser",
      ageTo: 21,
    };
    const { amount: _a, ...noAmount } = pa;
    expect(rule.check(noAmount)).toEqual([
      expect.objectContaining({
        severity: "error",
        path: ["ageTo"],
        message: "The personal adviser to 25 ends at 21; nationally it lasts to 25.",
      }),
    ]);
  });

  it("does not compare the national rows with themselves, nor an 'up to' maximum", () => {
    for (const e of NATIONAL_ENTITLEMENTS) expect(rule.check(e)).toEqual([]);
    const bursary = nationalEntitlement("sixteen-to-nineteen-bursary")!;
    expect(
      rule.check({
        ...bursary,
        localAuthority: "318",
        amount: { ...bursary.amount!, money: { amountPence: 50000, currency: "GBP" } },
      }),
    ).toEqual([]);
  });
});
