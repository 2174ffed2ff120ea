import { IsoDate, LaNumber, Money } from "@childrens-social-care/core";
import * as z from "zod";
import { CareLeaverStatus, EntitlementKind, LocalOfferCategory } from "./local-offer-codes";

/** A statute or document an entitlement rests on. */
export const LegalBasis = z
  .object({
    instrument: z.string().min(1),
    provision: z.string().min(1).optional(),
    url: z.url().optional(),
    /** Enacted but not yet in force. */
    prospective: z.boolean().optional(),
  })
  .strict()
  .meta({
    id: "corporate-parenting.LegalBasis",
    title: "Legal basis",
    description: "A statute, regulation or document an entitlement rests on.",
  });
/** A statute or document an entitlement rests on. */
export type LegalBasis = z.infer<typeof LegalBasis>;

/**
 * One entitlement of the local offer for care leavers (CSWA 2017 s2): what, for whom, from and to what
 * age, how much, and on what legal basis. National entitlements have no `localAuthority`.
 */
export const LocalOfferEntitlement = z
  .object({
    id: z.string().min(1),
    kind: EntitlementKind,
    /** The council offering it; absent for a national entitlement. */
    localAuthority: LaNumber.optional(),
    category: LocalOfferCategory,
    title: z.string().min(1),
    description: z.string().min(1).optional(),
    /** `statutory`: the law requires it; `national-scheme`: a DfE scheme or minimum outside statute; `discretionary-local`: the council's choice. */
    basis: z.enum(["statutory", "national-scheme", "discretionary-local"]),
    legalBasis: z.array(LegalBasis).min(1),
    eligibleStatuses: z.array(CareLeaverStatus).min(1),
    /** First age of eligibility. */
    ageFrom: z.int().min(0).max(30).optional(),
    /** Eligible while younger than this age ("to 25" is 25). */
    ageTo: z.int().min(1).max(30).optional(),
    amount: z
      .object({
        money: Money,
        /** The amount is a floor ("at least"), not a fixed sum. */
        isMinimum: z.boolean(),
        /** The amount is a ceiling ("up to"). */
        isMaximum: z.boolean().optional(),
        frequency: z.enum(["one-off", "weekly", "monthly", "annual", "instalments"]),
      })
      .strict()
      .optional(),
    /** For discounts, e.g. council tax relief of up to 100%. */
    discountPercent: z.number().min(0).max(100).optional(),
    providedBy: z.enum(["local-authority", "dfe", "training-provider", "education-provider", "other"]),
    effectiveFrom: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "corporate-parenting.LocalOfferEntitlement",
    title: "Local offer entitlement",
    description: "An entitlement of the local offer for care leavers: amounts, ages and legal basis.",
  });
/** One entitlement of the local offer for care leavers. */
export type LocalOfferEntitlement = z.infer<typeof LocalOfferEntitlement>;
