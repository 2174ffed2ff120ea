import { IsoDate, LaNumber, Money, personal } from "@childrens-social-care/core";
import * as z from "zod";
import { FinancialSupportType, SupportPlanType, SupportServiceType } from "./support-codes";

/** How often a payment is made. */
export const PaymentFrequency = z.enum(["weekly", "four-weekly", "monthly", "one-off", "instalments"]).meta({
  id: "kinship.PaymentFrequency",
  title: "Payment frequency",
  description: "How often a payment is made.",
});
/** How often a payment is made. */
export type PaymentFrequency = z.infer<typeof PaymentFrequency>;

/** One service in a support plan. */
export const SupportService = z
  .object({
    type: SupportServiceType,
    description: z.string().min(1),
    provider: z.string().min(1).optional(),
    /** e.g. "fortnightly for six months". */
    frequency: z.string().min(1).optional(),
    startsOn: IsoDate.optional(),
    endsOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "kinship.SupportService",
    title: "Support service",
    description: "One service in a support plan: type, description, provider, frequency and dates.",
  });
/** One service in a support plan. */
export type SupportService = z.infer<typeof SupportService>;

/**
 * One financial support payment: amount, frequency, whether means-tested, and when it is next reviewed.
 * The guidance asks for financial support to be agreed in writing with its level, duration and how it
 * is reviewed.
 */
export const FinancialSupport = z
  .object({
    type: FinancialSupportType,
    amount: Money,
    frequency: PaymentFrequency,
    meansTested: z.boolean(),
    startsOn: IsoDate,
    endsOn: IsoDate.optional(),
    reviewOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "kinship.FinancialSupport",
    title: "Financial support",
    description: "One payment of financial support: amount, frequency, means test, start, end and review.",
  });
/** One financial support payment. */
export type FinancialSupport = z.infer<typeof FinancialSupport>;

/** A support plan for a kinship family: the services and money agreed, and when it is reviewed. */
export const SupportPlan = z
  .object({
    id: z.string().min(1),
    type: SupportPlanType,
    childId: personal(z.string().min(1)),
    carerIds: z.array(personal(z.string().min(1))),
    arrangementId: z.string().min(1).optional(),
    responsibleAuthority: LaNumber.optional(),
    status: z.enum(["draft", "proposed", "agreed", "active", "ended"]),
    agreedOn: IsoDate.optional(),
    /** The financial support is set out in a written agreement (level, duration, review). */
    writtenAgreement: z.boolean(),
    services: z.array(SupportService),
    financialSupport: z.array(FinancialSupport),
    reviewOn: IsoDate.optional(),
    /** The reviews of the plan held so far (Special Guardianship Regulations 2005 reg 17). */
    reviewsHeldOn: z.array(IsoDate).optional(),
    /** SGR 2005 reg 15: notice of the proposed plan; reg 16: notification of the decision. */
    noticeOfProposalOn: IsoDate.optional(),
    decisionNotifiedOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "kinship.SupportPlan",
    title: "Support plan",
    description: "Services and financial support agreed for a kinship family, with review dates.",
  });
/** A support plan for a kinship family. */
export type SupportPlan = z.infer<typeof SupportPlan>;
