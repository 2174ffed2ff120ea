import { IsoDate, personal } from "@childrens-social-care/core";
import * as z from "zod";

/**
 * A court order that creates a kinship arrangement (special guardianship, child arrangements): which court
 * made it, its case number, when it was made and, when known, when it ends. Both orders end at 18 unless
 * discharged earlier (Children Act 1989 s91), so `expiresOn` is usually the child's 18th birthday.
 */
export const CourtOrder = z
  .object({
    /** The court that made the order, e.g. "Family Court at Leeds". */
    court: z.string().min(1),
    /** The court's case number; it identifies a family, so it is personal data. */
    caseNumber: personal(z.string().min(1)).optional(),
    madeOn: IsoDate,
    /** When the order ends (usually the child's 18th birthday) or ended (discharge). */
    expiresOn: IsoDate.optional(),
  })
  .strict()
  .meta({
    id: "kinship.CourtOrder",
    title: "Court order",
    description: "The court, case number, date made and expiry of an order creating a kinship arrangement.",
  });
/** A court order that creates a kinship arrangement. */
export type CourtOrder = z.infer<typeof CourtOrder>;

/**
 * An adoption order: no expiry, because adoption is permanent and ends the birth parents' parental
 * responsibility (Adoption and Children Act 2002 s46).
 */
export const AdoptionOrder = z
  .object({
    court: z.string().min(1),
    caseNumber: personal(z.string().min(1)).optional(),
    madeOn: IsoDate,
  })
  .strict()
  .meta({
    id: "kinship.AdoptionOrder",
    title: "Adoption order",
    description: "The court, case number and date of an adoption order (permanent: no expiry).",
  });
/** An adoption order. */
export type AdoptionOrder = z.infer<typeof AdoptionOrder>;
