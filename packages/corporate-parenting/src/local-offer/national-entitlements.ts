import type { EntitlementKind } from "./local-offer-codes";
import type { LocalOfferEntitlement } from "./local-offer-entitlement";

const gbp = (pounds: number) => ({ amountPence: pounds * 100, currency: "GBP" as const });

/**
 * The national entitlements of care leavers in England, against which a council's local offer is checked.
 * Each row cites its source (research notes in the project's shared reference, kinship-corporate-parenting.md
 * "Key numeric constants").
 */
export const NATIONAL_ENTITLEMENTS: readonly LocalOfferEntitlement[] = [
  {
    id: "national-setting-up-home-allowance",
    kind: "setting-up-home-allowance",
    category: "accommodation",
    title: "Setting up home allowance",
    description: "Minimum raised from £2,000 to £3,000 on 1 April 2023.",
    basis: "national-scheme",
    legalBasis: [
      {
        instrument:
          "DfE, Children Act 1989 guidance and regulations volume 3: planning transition to adulthood for care leavers",
      },
    ],
    eligibleStatuses: ["relevant-child", "former-relevant-child"],
    ageTo: 25,
    amount: { money: gbp(3000), isMinimum: true, frequency: "one-off" },
    providedBy: "local-authority",
    effectiveFrom: "2023-04-01",
  },
  {
    id: "national-higher-education-bursary",
    kind: "higher-education-bursary",
    category: "education-and-training",
    title: "Higher education bursary",
    description: "For a course of at least two academic years, paid as a lump sum or in instalments.",
    basis: "statutory",
    legalBasis: [
      { instrument: "Children Act 1989", provision: "s23C(5A)" },
      {
        instrument: "Children Act 1989 (Higher Education Bursary) (England) Regulations 2009 (SI 2009/2274)",
        provision: "reg 2",
        url: "https://www.legislation.gov.uk/ukdsi/2009/9780111480663",
      },
    ],
    eligibleStatuses: ["former-relevant-child"],
    ageTo: 25,
    amount: { money: gbp(2000), isMinimum: false, frequency: "instalments" },
    providedBy: "local-authority",
  },
  {
    id: "national-council-tax-relief",
    kind: "council-tax-relief",
    category: "financial-support",
    title: "Council tax relief",
    description: "No national exemption in England: each council decides, commonly to 25.",
    basis: "discretionary-local",
    legalBasis: [{ instrument: "Local Government Finance Act 1992", provision: "s13A(1)(c)" }],
    eligibleStatuses: ["former-relevant-child"],
    ageFrom: 18,
    ageTo: 25,
    discountPercent: 100,
    providedBy: "local-authority",
  },
  {
    id: "national-personal-adviser",
    kind: "personal-adviser",
    category: "relationships",
    title: "Personal adviser to 25",
    description: "A former relevant child aged 21 to 25 who asks keeps or regains a personal adviser.",
    basis: "statutory",
    legalBasis: [
      { instrument: "Children Act 1989", provision: "ss23B, 23C, 23CZB" },
      { instrument: "Children and Social Work Act 2017", provision: "s3" },
    ],
    eligibleStatuses: ["relevant-child", "former-relevant-child", "former-relevant-child-returning"],
    ageFrom: 16,
    ageTo: 25,
    providedBy: "local-authority",
    effectiveFrom: "2018-04-01",
  },
  {
    id: "national-staying-put",
    kind: "staying-put",
    category: "accommodation",
    title: "Staying Put with former foster carers to 21",
    description:
      "The council must support the arrangement, including financial support to the former foster carer.",
    basis: "statutory",
    legalBasis: [
      {
        instrument: "Children Act 1989",
        provision: "s23CZA",
        url: "https://www.legislation.gov.uk/ukpga/1989/41/section/23CZA",
      },
    ],
    eligibleStatuses: ["former-relevant-child"],
    ageFrom: 18,
    ageTo: 21,
    providedBy: "local-authority",
    effectiveFrom: "2014-05-13",
  },
  {
    id: "national-staying-close",
    kind: "staying-close",
    category: "accommodation",
    title: "Staying close support",
    description:
      "Help to find and keep suitable accommodation and to use services; prospective when written.",
    basis: "statutory",
    legalBasis: [
      {
        instrument: "Children's Wellbeing and Schools Act 2026",
        provision: "s7, inserting Children Act 1989 s23CZAA",
        url: "https://www.legislation.gov.uk/ukpga/2026/21/section/7",
        prospective: true,
      },
    ],
    eligibleStatuses: ["former-relevant-child"],
    ageTo: 25,
    providedBy: "local-authority",
  },
  {
    id: "national-apprenticeship-bursary",
    kind: "apprenticeship-bursary",
    category: "employment",
    title: "Care leavers' apprenticeship bursary",
    description:
      "£3,000 for apprenticeships starting from 1 August 2023 (was £1,000), in instalments over the first year.",
    basis: "national-scheme",
    legalBasis: [{ instrument: "DfE apprenticeship funding rules: care leavers' bursary" }],
    eligibleStatuses: ["relevant-child", "former-relevant-child"],
    ageFrom: 16,
    ageTo: 25,
    amount: { money: gbp(3000), isMinimum: false, frequency: "instalments" },
    providedBy: "training-provider",
    effectiveFrom: "2023-08-01",
  },
  {
    id: "national-sixteen-to-nineteen-bursary",
    kind: "sixteen-to-nineteen-bursary",
    category: "education-and-training",
    title: "16 to 19 Bursary Fund (vulnerable groups)",
    basis: "national-scheme",
    legalBasis: [{ instrument: "DfE 16 to 19 Bursary Fund guide" }],
    eligibleStatuses: ["eligible-child", "relevant-child", "former-relevant-child"],
    ageFrom: 16,
    ageTo: 20,
    amount: { money: gbp(1200), isMinimum: false, isMaximum: true, frequency: "annual" },
    providedBy: "education-provider",
  },
];

/** The national entitlement of a kind, if there is one. */
export function nationalEntitlement(kind: EntitlementKind): LocalOfferEntitlement | undefined {
  return NATIONAL_ENTITLEMENTS.find((e) => e.kind === kind);
}
