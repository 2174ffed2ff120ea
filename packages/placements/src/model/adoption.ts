import { IsoDate } from "@childrens-social-care/core";
import * as z from "zod";
import { AdopterLegalStatus } from "../code-lists/adopter-legal-status";
import { AdopterSex } from "../code-lists/adopter-sex";
import { ReasonPlacedForAdoptionCeased } from "../code-lists/reason-placed-for-adoption-ceased";
import { ChildId } from "./child-id";
import { presentTogether } from "./present-together";

/**
 * The adoption milestones of a child adopted or placed for adoption (SSDA903 AD1): the date of the
 * decision that the child should be placed for adoption, the date the child was matched with adopters,
 * and who the adopters are. The match is never before the decision (D2I rule 333).
 */
export const AdoptionMilestones = z
  .object({
    childId: ChildId,
    shouldBePlacedDate: IsoDate.describe(
      "Date of the decision that the child should be placed for adoption (DATE_INT).",
    ),
    matchedDate: IsoDate.optional().describe(
      "Date the child was matched with prospective adopters (DATE_MATCH).",
    ),
    adoptedByFosterCarers: z
      .boolean()
      .optional()
      .describe("Adopted by former foster carer(s) (FOSTER_CARE 1/0)."),
    numberOfAdopters: z
      .union([z.literal(1), z.literal(2)])
      .optional()
      .describe("NB_ADOPTR."),
    adopterSex: AdopterSex.optional(),
    adopterLegalStatus: AdopterLegalStatus.optional(),
  })
  .check((ctx) => {
    const { shouldBePlacedDate, matchedDate } = ctx.value;
    if (matchedDate !== undefined && matchedDate < shouldBePlacedDate)
      ctx.issues.push({
        code: "custom",
        message:
          "The match with adopters must not be before the decision that the child should be placed for adoption.",
        path: ["matchedDate"],
        input: ctx.value,
        params: { rule: "placements/matched-after-decision" },
      });
  })
  .meta({
    id: "placements.AdoptionMilestones",
    title: "Adoption milestones",
    description: "Decision to place for adoption, match with adopters, and the adopters (SSDA903 AD1).",
  });
/** The adoption milestones of a child. */
export type AdoptionMilestones = z.infer<typeof AdoptionMilestones>;

/**
 * A decision that a child should be placed for adoption and, if it was reversed, when and why (SSDA903
 * PlacedAdoption). The reversal date and its reason are given together (D2I rule 119) and the reversal is
 * not before the decision.
 */
export const AdoptionDecision = z
  .object({
    childId: ChildId,
    decisionDate: IsoDate.describe(
      "Date of the decision that the child should be placed for adoption (DATE_PLACED).",
    ),
    reversedDate: IsoDate.optional().describe(
      "Date of the decision that the child should no longer be placed (DATE_PLACED_CEASED).",
    ),
    reasonReversed: ReasonPlacedForAdoptionCeased.optional(),
  })
  .check((ctx) => {
    const { decisionDate, reversedDate } = ctx.value;
    if (reversedDate !== undefined && reversedDate < decisionDate)
      ctx.issues.push({
        code: "custom",
        message: "reversedDate must not be before decisionDate.",
        path: ["reversedDate"],
        input: ctx.value,
        params: { rule: "placements/adoption-reversal-after-decision" },
      });
  })
  .check(presentTogether("reversedDate", "reasonReversed", "placements/adoption-reversal-has-reason"))
  .meta({
    id: "placements.AdoptionDecision",
    title: "Adoption decision",
    description:
      "A decision to place a child for adoption and its reversal, if any (SSDA903 PlacedAdoption).",
  });
/** A decision to place a child for adoption. */
export type AdoptionDecision = z.infer<typeof AdoptionDecision>;
