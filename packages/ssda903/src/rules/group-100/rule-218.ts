import { PlacementType } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { otherPlacementsIn } from "../shared/code-groups";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";
import { placementLa } from "./placement-la";

const COMMON = ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4"];
/** Placement types that need no Ofsted URN, by the years the DfE's wording of rule 218 gives them. */
// H5 and P2 are in the wording while they are placement types of the year (up to 2023-24); the
// "other placement" types of the year (Z1, then Z11-Z14) likewise come from the code list.
function exemptIn(year: string): ReadonlySet<string> {
  const retiring = ["H5", "P2"].filter((code) => codesIn(PlacementType, year).has(code));
  return new Set([...COMMON, ...retiring, ...otherPlacementsIn(year)]);
}
/** From 2025-26 the rule names the placement local authorities outside England explicitly. */
const OUTSIDE_ENGLAND: ReadonlySet<string> = new Set(["CON", "NIR", "SCO", "WAL", "NUK"]);

function outsideEngland(la: string | null | undefined, year: string): boolean {
  if (la == null) return false;
  if (year >= "2025-26") return OUTSIDE_ENGLAND.has(la);
  // Up to 2024-25 any code starting N, S, W or C (Northern Ireland, Scotland, Wales, other) counts.
  const first = la[0];
  return first === "N" || first === "W" || first === "S" || first === "C";
}

/**
 * 218: an episode open at any time in the collection year (no end date, or one on or after 1 April)
 * placed in England in a placement type that Ofsted registers must give the provider's Ofsted URN.
 * DfE SSDA903 validation rule 218 (Episodes.URN).
 */
export const rule218 = defineRule({
  code: "218",
  tables: ["Episodes"],
  fields: ["URN", "PLACE", "DEC", "PL_LA"],
  severity: "error",
  message:
    "The Ofsted unique reference number (URN) of the placement provider is missing; it is needed for this placement type.",
  needs: ["postcodes"],
  check(ctx) {
    const year = ctx.collectionYear;
    const exempt = exemptIn(year);
    return flagRows(ctx, "Episodes", "URN", (row) => {
      if (row.URN != null || exempt.has(row.PLACE ?? "")) return false;
      if (row.DEC != null) {
        const end = ctx.date(row.DEC);
        if (end === undefined || end < ctx.collectionStart) return false;
      }
      return !outsideEngland(placementLa(ctx, row), year);
    });
  },
});
