import type { PlacementProvider } from "../code-lists/placement-provider";
import type { PlacementType } from "../code-lists/placement-type";

// Groupings of SSDA903 placement types (PLACE) and providers (PLACE_PROVIDER). Codes and their meaning:
// shared/reference/ssda903.md §1.2; the groups follow the DfE's "Children looked after in England
// including adoptions" placement tables (foster placements; secure units, children's homes and other
// residential settings; residential schools; placed for adoption; placed with parents; independent and
// semi-independent living / supported accommodation; temporary and other placements).

const KINSHIP: ReadonlySet<string> = new Set(["U1", "U2", "U3"]);
const FOSTER: ReadonlySet<string> = new Set(["U1", "U2", "U3", "U4", "U5", "U6"]);
const RESIDENTIAL: ReadonlySet<string> = new Set(["K1", "K2", "R1", "R2", "R3", "R5", "S1"]);
const SUPPORTED_OR_INDEPENDENT: ReadonlySet<string> = new Set(["H5", "K3", "P2"]);
const ADOPTION: ReadonlySet<string> = new Set(["A3", "A4", "A5", "A6"]);
const TEMPORARY: ReadonlySet<string> = new Set(["T0", "T1", "T2", "T3", "T4"]);

/**
 * Foster care with relatives or friends ("connected persons", Care Planning, Placement and Case Review
 * (England) Regulations 2010 reg 24): PLACE U1, U2 and U3, the kinship foster placements of the return.
 */
export function isKinshipPlacement(type: PlacementType | string): boolean {
  return KINSHIP.has(type);
}

/** Any foster placement, with relatives or friends (U1-U3) or with other foster carers (U4-U6). */
export function isFosterPlacement(type: PlacementType | string): boolean {
  return FOSTER.has(type);
}

/**
 * Care by paid staff in an establishment: secure children's homes (K1), children's homes (K2),
 * residential care homes (R1), NHS or health establishments (R2), family centres and mother and baby
 * units (R3), young offender institutions (R5) and residential schools (S1). Supported accommodation and
 * semi-independent living (K3, H5) are not residential care (they are not subject to the Children's Homes
 * (England) Regulations 2015): see {@link isSupportedOrIndependentLiving}.
 */
export function isResidential(type: PlacementType | string): boolean {
  return RESIDENTIAL.has(type);
}

/** Semi-independent living (H5, to 2023-24), independent living (P2, to 27 October 2023) and supported accommodation (K3). */
export function isSupportedOrIndependentLiving(type: PlacementType | string): boolean {
  return SUPPORTED_OR_INDEPENDENT.has(type);
}

/** Placed for adoption (A3-A6), with or without a placement order, with or without the current foster carers. */
export function isPlacedForAdoption(type: PlacementType | string): boolean {
  return ADOPTION.has(type);
}

/** A temporary move (T0-T4): hospital, holiday, respite while the carers are away, or seven days or less. */
export function isTemporaryPlacement(type: PlacementType | string): boolean {
  return TEMPORARY.has(type);
}

/**
 * Provided by the council itself (PLACE_PROVIDER PR1: "Own provision (by the local authority)", which
 * includes a regional adoption agency hosted by the child's council).
 */
export function isInHouse(provider: PlacementProvider | string | undefined): boolean {
  return provider === "PR1";
}
