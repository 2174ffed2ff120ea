import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";

// Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959):
// reg 24(1): a connected person may be approved as a local authority foster parent "for a temporary
//   period not exceeding 16 weeks" when an immediate placement with them is the most appropriate;
// reg 25(1)(a),(2): if the approval is likely to expire before the full assessment is completed, the
//   authority "may extend the temporary approval once for a further period of up to eight weeks";
// reg 25(1)(b),(3): if the person, fully assessed, is not approved and seeks an independent review
//   (Independent Review of Determinations (Adoption and Fostering) Regulations 2009), the approval may
//   be extended until the outcome of the review is known;
// reg 25(4),(5): before extending, the authority must consider whether the placement is still the most
//   appropriate, seek the fostering panel's views and inform the IRO; a nominated officer approves.
// Source: https://www.legislation.gov.uk/uksi/2010/959/regulation/25/made

const PRECONDITIONS = {
  /** reg 25(4)(b): the fostering panel's views sought. */
  fosteringPanelViewsSoughtOn: IsoDate.optional(),
  /** reg 25(4)(c): the independent reviewing officer informed. */
  iroInformedOn: IsoDate.optional(),
  /** reg 25(5): the extension approved by a nominated officer. */
  nominatedOfficerApprovedOn: IsoDate.optional(),
};

/** A reg 25(2) extension: the full assessment will not finish in time; once, up to eight weeks. */
export const AssessmentIncompleteExtension = z
  .object({
    reason: z.literal("full-assessment-incomplete"),
    grantedOn: IsoDate,
    /** The last day of the extended approval. */
    endsOn: IsoDate,
    ...PRECONDITIONS,
  })
  .strict()
  .meta({
    id: "kinship.AssessmentIncompleteExtension",
    title: "Extension: full assessment incomplete (reg 25(2))",
    description: "Extends temporary approval once, by up to eight weeks, while the full assessment finishes.",
  });
/** A reg 25(2) extension. */
export type AssessmentIncompleteExtension = z.infer<typeof AssessmentIncompleteExtension>;

/** A reg 25(3) extension: the person was not approved and seeks an independent review. */
export const ReviewPendingExtension = z
  .object({
    reason: z.literal("independent-review-pending"),
    grantedOn: IsoDate,
    reviewRequestedOn: IsoDate.optional(),
    /** When the outcome of the independent review became known; the extension ends then. */
    outcomeKnownOn: IsoDate.optional(),
    ...PRECONDITIONS,
  })
  .strict()
  .meta({
    id: "kinship.ReviewPendingExtension",
    title: "Extension: independent review pending (reg 25(3))",
    description: "Extends temporary approval until the outcome of an independent review is known.",
  });
/** A reg 25(3) extension. */
export type ReviewPendingExtension = z.infer<typeof ReviewPendingExtension>;

/** An extension of a connected person's temporary approval, by its reason in reg 25(1). */
export const TemporaryApprovalExtension = z
  .discriminatedUnion("reason", [AssessmentIncompleteExtension, ReviewPendingExtension])
  .meta({
    id: "kinship.TemporaryApprovalExtension",
    title: "Temporary approval extension",
    description:
      "An extension under reg 25 of the Care Planning, Placement and Case Review (England) Regulations 2010.",
  });
/** An extension of a connected person's temporary approval. */
export type TemporaryApprovalExtension = z.infer<typeof TemporaryApprovalExtension>;

/** Where a connected person's foster carer approval stands. */
export const ConnectedPersonApproval = z
  .discriminatedUnion("stage", [
    z
      .object({
        stage: z.literal("temporary"),
        /** reg 24: the date of temporary approval, which is the date the child is placed. */
        temporaryApprovalOn: IsoDate,
        extensions: z.array(TemporaryApprovalExtension).optional(),
      })
      .strict(),
    z
      .object({
        stage: z.literal("full"),
        /** reg 24, when the child was placed before the full assessment. */
        temporaryApprovalOn: IsoDate.optional(),
        extensions: z.array(TemporaryApprovalExtension).optional(),
        /** The fostering panel's recommendation (Fostering Services (England) Regulations 2011). */
        panelRecommendationOn: IsoDate.optional(),
        /** The agency decision maker's approval as a local authority foster parent (Fostering Services (England) Regulations 2011 Part 5). */
        fullApprovalOn: IsoDate,
      })
      .strict(),
  ])
  .meta({
    id: "kinship.ConnectedPersonApproval",
    title: "Connected person approval",
    description:
      "Temporary approval under reg 24 (with any reg 25 extensions) or full approval as a foster parent.",
  });
/** Where a connected person's foster carer approval stands. */
export type ConnectedPersonApproval = z.infer<typeof ConnectedPersonApproval>;
