import { IsoDate, personal } from "@childrens-social-care/core";
import * as z from "zod";

/**
 * Lifelong Links (Family Rights Group): a trained coordinator searches for relatives and other adults who
 * matter to a child in care, then a Lifelong Links family group conference agrees a lifelong support plan
 * that becomes part of the care or pathway plan; a review conference may follow.
 * Source: https://frg.org.uk/involving-families/family-group-conferences/lifelong-links
 */
export const LifelongLinks = z
  .object({
    id: z.string().min(1),
    childId: personal(z.string().min(1)),
    status: z.enum(["referred", "searching", "conference-planned", "plan-agreed", "closed"]),
    referredOn: IsoDate,
    coordinatorAssignedOn: IsoDate.optional(),
    searchCompletedOn: IsoDate.optional(),
    /** How many relatives and significant adults the search found. */
    peopleFound: z.int().min(0).optional(),
    conferenceHeldOn: IsoDate.optional(),
    supportPlanAgreedOn: IsoDate.optional(),
    reviewConferenceOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "kinship.LifelongLinks",
    title: "Lifelong Links",
    description: "A child's Lifelong Links work: search, family group conference and lifelong support plan.",
  });
/** A child's Lifelong Links work. */
export type LifelongLinks = z.infer<typeof LifelongLinks>;
