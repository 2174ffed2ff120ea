import type { RecordRule as Rule } from "@childrens-social-care/core";
import { IsoDate, LaNumber, type ValidationIssue } from "@childrens-social-care/core";
import * as z from "zod";

// Children Act 1989 s22H "Kinship care: information", inserted by the Children's Wellbeing and Schools
// Act 2026 s5 (https://www.legislation.gov.uk/ukpga/2026/21/section/5/enacted): a local authority must
// publish its general approach to supporting children in kinship care and kinship carers in its area,
// information about financial support (from it or others, s22H(3)), and services that may assist them,
// including services relating to (a) health and wellbeing, (b) relationships, (c) education and training
// and (d) accommodation (s22H(2)); this is its "kinship local offer" (s22H(5)), kept under review.

/** The four service areas s22H(2) names. */
export const KINSHIP_LOCAL_OFFER_AREAS = [
  "health-and-wellbeing",
  "relationships",
  "education-and-training",
  "accommodation",
] as const;

/** What a council publishes as its kinship local offer (Children Act 1989 s22H). */
export const KinshipLocalOffer = z
  .object({
    localAuthority: LaNumber,
    publishedOn: IsoDate,
    lastReviewedOn: IsoDate.optional(),
    url: z.url().optional(),
    /** s22H(1)(a): the council's general approach to supporting kinship children and carers. */
    generalApproach: z.string().min(1),
    /** s22H(1)(b),(3): financial support that may be available, from the council or others. */
    financialSupport: z.array(
      z
        .object({
          description: z.string().min(1),
          providedBy: z.enum(["local-authority", "voluntary-organisation", "other"]),
        })
        .strict(),
    ),
    /** s22H(1)(c),(2): services that may assist. */
    services: z.array(
      z
        .object({
          area: z.enum([...KINSHIP_LOCAL_OFFER_AREAS, "other"]),
          description: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({
    id: "kinship.KinshipLocalOffer",
    title: "Kinship local offer",
    description: "A council's published kinship local offer (Children Act 1989 s22H).",
  });
/** A council's kinship local offer. */
export type KinshipLocalOffer = z.infer<typeof KinshipLocalOffer>;

/** The offer covers financial support and each service area s22H(2) names. */
export const kinshipLocalOfferComplete: Rule<KinshipLocalOffer> = {
  id: "kinship/kinship-local-offer-contents",
  severity: "warning",
  description:
    "A kinship local offer covers financial support and services for health and wellbeing, relationships, education and training, and accommodation.",
  source: "Children Act 1989 s22H(1),(2) (Children's Wellbeing and Schools Act 2026 s5)",
  check(offer) {
    const issues: ValidationIssue[] = [];
    if (offer.financialSupport.length === 0)
      issues.push({
        rule: "kinship/kinship-local-offer-contents",
        severity: "warning",
        message: "The offer says nothing about financial support (s22H(1)(b)).",
        path: ["financialSupport"],
      });
    const areas = new Set(offer.services.map((s) => s.area));
    for (const area of KINSHIP_LOCAL_OFFER_AREAS)
      if (!areas.has(area))
        issues.push({
          rule: "kinship/kinship-local-offer-contents",
          severity: "warning",
          message: `The offer lists no service for "${area}" (s22H(2)).`,
          path: ["services"],
        });
    return issues;
  },
};
