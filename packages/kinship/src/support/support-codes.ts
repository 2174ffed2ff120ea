import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

const SGR3 = "Special Guardianship Regulations 2005 (SI 2005/1109) reg 3";
const S22H = "Children Act 1989 s22H(2) (inserted by Children's Wellbeing and Schools Act 2026 s5)";

/** A support service in a kinship support plan. */
export const SupportServiceType = defineCodeList(
  [
    {
      code: "counselling-advice-information",
      label: "Counselling, advice and information",
      source: `Children Act 1989 s14F(1)(a); ${SGR3}`,
    },
    {
      code: "discussion-groups",
      label: "Groups for children, special guardians and parents to discuss special guardianship",
      source: SGR3,
    },
    {
      code: "contact-assistance",
      label: "Assistance, including mediation, with contact arrangements",
      source: SGR3,
    },
    { code: "therapeutic-services", label: "Therapeutic services for the child", source: SGR3 },
    { code: "training", label: "Training for the carer to meet the child's needs", source: SGR3 },
    {
      code: "respite-care",
      label: "Respite care",
      description: "Respite that is accommodation makes the child looked after for its duration (reg 3(3)).",
      source: SGR3,
    },
    { code: "mediation", label: "Mediation", source: SGR3 },
    { code: "health-and-wellbeing", label: "Health and wellbeing services", source: S22H },
    {
      code: "relationships",
      label: "Relationships, including family time with parents and relatives",
      source: S22H,
    },
    {
      code: "education-and-training",
      label: "Education and training, including the Virtual School Head",
      source: S22H,
    },
    { code: "accommodation", label: "Accommodation", source: S22H },
    {
      code: "legal-advice",
      label: "Legal advice and support",
      source: "Kinship local offer practice (e.g. Rotherham, 2025)",
    },
    { code: "peer-support-group", label: "Peer support group", source: "Kinship local offer practice" },
    {
      code: "adoption-and-special-guardianship-support-fund",
      label: "Adoption and Special Guardianship Support Fund",
      source: "Championing Kinship Care: the National Kinship Care Strategy (DfE, December 2023)",
    },
  ] as const,
  {
    id: "kinship.SupportServiceType",
    title: "Support service type",
    description: "A support service for a kinship family.",
  },
);
/** A support service in a kinship support plan. */
export type SupportServiceType = z.infer<typeof SupportServiceType>;

/** A kind of financial support for a kinship family. */
export const FinancialSupportType = defineCodeList(
  [
    {
      code: "special-guardianship-allowance",
      label: "Special guardianship allowance (periodic)",
      source: "Special Guardianship Regulations 2005 regs 6, 8, 13, 18",
    },
    {
      code: "special-guardianship-lump-sum",
      label: "Special guardianship one-off payment",
      source: "Special Guardianship Regulations 2005 reg 8",
    },
    {
      code: "former-foster-carer-remuneration",
      label: "Remuneration element for a former foster carer",
      source: "Special Guardianship Regulations 2005 reg 7",
    },
    {
      code: "fostering-allowance",
      label: "Fostering allowance (at least the national minimum allowance)",
      source: "Fostering Services National Minimum Standards 2011, standard 28",
    },
    {
      code: "kinship-allowance-pilot",
      label: "Kinship allowance (pilot)",
      description: "Paid in seven pilot councils announced 27 February 2026.",
      source: "DfE kinship financial allowance pilot, 2026",
    },
    {
      code: "child-arrangements-order-allowance",
      label: "Child arrangements order allowance (discretionary)",
      source: "Children Act 1989 Schedule 1 para 15",
    },
    {
      code: "section-17-payment",
      label: "Assistance in cash under section 17",
      source: "Children Act 1989 s17(6)",
    },
    {
      code: "family-network-support-package",
      label: "Family network support package",
      source: "Families First Partnership programme guide (DfE, 2025, updated 26 March 2026)",
    },
  ] as const,
  {
    id: "kinship.FinancialSupportType",
    title: "Financial support type",
    description: "A kind of financial support for a kinship family.",
  },
);
/** A kind of financial support. */
export type FinancialSupportType = z.infer<typeof FinancialSupportType>;

/** The kind of support plan. */
export const SupportPlanType = defineCodeList(
  [
    {
      code: "special-guardianship-support-plan",
      label: "Special guardianship support plan",
      source: "Special Guardianship Regulations 2005 reg 14",
    },
    {
      code: "kinship-support-plan",
      label: "Kinship support plan",
      source: "Kinship care statutory guidance (DfE, October 2024); Children Act 1989 s17",
    },
    {
      code: "placement-plan",
      label: "Placement plan (kinship foster care)",
      source: "Care Planning, Placement and Case Review (England) Regulations 2010 reg 9",
    },
    {
      code: "family-network-support-package-plan",
      label: "Family network support package plan",
      source: "Families First Partnership programme guide (DfE, 2025)",
    },
    {
      code: "lifelong-links-support-plan",
      label: "Lifelong support plan (Lifelong Links)",
      source: "Family Rights Group, Lifelong Links",
    },
  ] as const,
  { id: "kinship.SupportPlanType", title: "Support plan type", description: "The kind of support plan." },
);
/** The kind of support plan. */
export type SupportPlanType = z.infer<typeof SupportPlanType>;
