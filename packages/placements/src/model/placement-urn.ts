import * as z from "zod";

/**
 * The Ofsted unique reference number of the placement's provider (SSDA903 URN): `SC` and six digits,
 * six or seven digits, or the return's placeholder `XXXXXXX`, which the DfE guide asks for when the
 * provider has no URN of its own (D2I rule 242 restricts it to regional adoption agencies from 2025-26;
 * that belongs to the return's validator, not to the shape).
 */
export const PlacementUrn = z
  .string()
  .regex(/^(SC\d{6}|\d{6,7}|XXXXXXX)$/, {
    error: "A placement URN is SC followed by 6 digits, 6 or 7 digits, or XXXXXXX.",
  })
  .meta({
    id: "placements.PlacementUrn",
    title: "Placement provider URN",
    description:
      "Ofsted URN of the placement provider (SC + 6 digits, 6-7 digits) or the placeholder XXXXXXX.",
    examples: ["SC123456", "XXXXXXX"],
  });
/** The Ofsted URN of a placement provider, or `XXXXXXX`. */
export type PlacementUrn = z.infer<typeof PlacementUrn>;
