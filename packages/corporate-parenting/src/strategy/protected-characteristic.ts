import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { DecisionLink } from "./decision-link";

/**
 * A council's decision to treat care experience as if it were a protected characteristic. It is not one in
 * law: the Equality Act 2010 is unchanged, and the Independent Review of Children's Social Care (2022)
 * recommended making it one. Councils resolve to include it in equality impact assessments and equality
 * objectives and to ask partners to do the same; Cumberland was first (2022) and more than 110 councils had
 * followed by April 2025.
 */
export const CareExperienceProtectedCharacteristic = z
  .object({
    status: z.enum(["proposed", "adopted", "rejected"]),
    /** When it took effect; with `decision`, required once adopted (rule `corporate-parenting/protected-characteristic-decision`). */
    adoptedOn: IsoDate.optional(),
    decision: DecisionLink.optional(),
    /** Where it was proposed or discussed. */
    proposedAt: DecisionLink.optional(),
    effects: z
      .array(
        z.enum([
          "equality-impact-assessments",
          "equality-objectives",
          "call-on-partners",
          "employment-and-apprenticeships",
          "housing-priority",
          "council-tax-exemption",
        ]),
      )
      .min(1),
    rationale: z.string().min(1).optional(),
  })
  .strict()
  .meta({
    id: "corporate-parenting.CareExperienceProtectedCharacteristic",
    title: "Care experience as a protected characteristic",
    description: "A council's decision to treat care experience as if it were a protected characteristic.",
  });
/** A council's decision to treat care experience as a protected characteristic. */
export type CareExperienceProtectedCharacteristic = z.infer<typeof CareExperienceProtectedCharacteristic>;
