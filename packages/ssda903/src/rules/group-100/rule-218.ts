import { defineRule } from "../rule";
import { flagRows } from "../shared/flag-rows";
import { placementLa } from "./placement-la";

const COMMON = ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4"];
/** Placement types that need no Ofsted URN, by the years the DfE's wording of rule 218 gives them. */
const EXEMPT_UNTIL_2023: ReadonlySet<string> = new Set([...COMMON, "H5", "P2", "Z1"]);
const EXEMPT_2024: ReadonlySet<string> = new Set([...COMMON, "Z1"]);
const EXEMPT_FROM_2025: ReadonlySet<string> = new Set([...COMMON, "Z11", "Z12", "Z13", "Z14"]);
/** From 2025-26 the rule names the placement local authorities outside England explicitly. */
const OUTSIDE_ENGLAND: ReadonlySet<string> = new Set(["CON", "NIR", "SCO", "WAL", "NUK"]);

function outsideEngland(la: string | null | undefined, year: string): boolean {
  if (la == null) return false;
  const upper = la.toUpperCase();
  if (year >= "2025-26") return OUTSIDE_ENGLAND.has(upper);
  // Up to 2024-25 any code starting N, S, W or C (Northern Ireland, Scotland, Wales, other) counts.
  const first = upper[0];
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
    const exempt =
      year >= "2025-26" ? EXEMPT_FROM_2025 : year === "2024-25" ? EXEMPT_2024 : EXEMPT_UNTIL_2023;
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
