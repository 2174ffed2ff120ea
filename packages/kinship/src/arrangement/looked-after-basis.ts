import { defineCodeList } from "@childrens-social-care/core";
import type * as z from "zod";

/**
 * Why a child in kinship foster care is looked after. The SSDA903 legal status each corresponds to is in
 * the description (DfE SSDA903 guidance, LS field).
 */
export const LookedAfterBasis = defineCodeList(
  [
    {
      code: "care-order",
      label: "Care order",
      description: "SSDA903 legal status C2.",
      source: "Children Act 1989 s31",
    },
    {
      code: "interim-care-order",
      label: "Interim care order",
      description: "SSDA903 legal status C1.",
      source: "Children Act 1989 s38",
    },
    {
      code: "section-20-accommodation",
      label: "Accommodated under section 20",
      description: "SSDA903 legal status V2.",
      source: "Children Act 1989 s20",
    },
    {
      code: "placement-order",
      label: "Placement order",
      description: "SSDA903 legal status E1.",
      source: "Adoption and Children Act 2002 s21",
    },
  ] as const,
  {
    id: "kinship.LookedAfterBasis",
    title: "Looked-after basis",
    description: "The legal basis on which a child in kinship foster care is looked after.",
  },
);
/** Why a child in kinship foster care is looked after. */
export type LookedAfterBasis = z.infer<typeof LookedAfterBasis>;
