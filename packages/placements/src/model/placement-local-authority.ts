import { GssCode, LaNumber, laNumberOfGss } from "@childrens-social-care/core";
import * as z from "zod";
import { PlacementCountryOutsideEngland, type PlacementLocation } from "../code-lists/placement-location";

/**
 * Where a placement is (SSDA903 PL_LA): an English council, by its DfE LA number or by its ONS code (the
 * D2I validator derives the ONS upper-tier code from the placement postcode), or, outside England, the
 * country (SCO, WAL, NIR).
 */
export const PlacementLocalAuthority = z.union([LaNumber, GssCode, PlacementCountryOutsideEngland]).meta({
  id: "placements.PlacementLocalAuthority",
  title: "Placement local authority (SSDA903 PL_LA)",
  description:
    "The council a placement is in (DfE LA number or ONS code), or SCO, WAL or NIR for a placement outside England.",
});
/** The council or country a placement is in. */
export type PlacementLocalAuthority = z.infer<typeof PlacementLocalAuthority>;

/** The area a PL_LA value names once resolved: an English council or a country outside England. */
export type PlacementArea =
  | { readonly kind: "england"; readonly laNumber: LaNumber }
  | { readonly kind: "outside-england"; readonly country: PlacementCountryOutsideEngland };

/**
 * Resolves a PL_LA value (or the responsible council's own code) to an area. An ONS code is read as of
 * `on` when given, because ONS codes change (Barnsley's E08000016 ended on 31 March 2025); a code that
 * stands for no council with children's services duties (a district, E07) gives `undefined`.
 */
export function placementAreaOf(value: string, on?: string): PlacementArea | undefined {
  if (PlacementCountryOutsideEngland.has(value)) return { kind: "outside-england", country: value };
  if (LaNumber.has(value))
    return on === undefined || LaNumber.isValidOn(value, on)
      ? { kind: "england", laNumber: value }
      : undefined;
  const la = laNumberOfGss(value, on === undefined ? {} : { on });
  return la === undefined ? undefined : { kind: "england", laNumber: la };
}

/**
 * PL_LOCATION from PL_LA and the responsible council (each an LA number or ONS code): `IN` when the
 * placement is in the council's own area, `OUT` otherwise, `undefined` when either cannot be resolved.
 *
 * @example
 * placementLocationOf("E08000038", "370", "2025-06-01"); // "IN" (Barnsley's code from 1 April 2025)
 * placementLocationOf("WAL", "370"); // "OUT"
 */
export function placementLocationOf(
  placementLa: string,
  responsibleLa: string,
  on?: string,
): PlacementLocation | undefined {
  const placed = placementAreaOf(placementLa, on);
  if (placed?.kind === "outside-england") return "OUT";
  const own = placementAreaOf(responsibleLa, on);
  if (placed === undefined || own?.kind !== "england") return undefined;
  return placed.laNumber === own.laNumber ? "IN" : "OUT";
}
