import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { Commitment, Signatory } from "./commitment";
import { ParticipationForum, PledgeAudience } from "./strategy-codes";

/**
 * A council's pledge (promise) to children in care and care leavers, usually written with the Children in
 * Care Council and signed by corporate parents and partners (Care Matters: Time for Change, 2007).
 */
export const Pledge = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    audience: z.array(PledgeAudience).min(1),
    /** Who makes the promises, e.g. "Corporate parents and partners". */
    madeBy: z.string().min(1),
    signatories: z.array(Signatory),
    authoredWith: z.array(ParticipationForum),
    publishedOn: IsoDate.optional(),
    reviewDueOn: IsoDate.optional(),
    commitments: z.array(Commitment).min(1),
    /** The document it was published in, e.g. "CorporateParentingCommitments -PC FINAL". */
    document: z.string().min(1).optional(),
  })
  .strict()
  .meta({
    id: "corporate-parenting.Pledge",
    title: "Pledge",
    description:
      "A council's promise to children in care and care leavers, with its commitments and signatories.",
  });
/** A council's pledge. */
export type Pledge = z.infer<typeof Pledge>;
