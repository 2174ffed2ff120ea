import { placementDistanceMiles } from "@childrens-social-care/placements";
import type { Ssda903Row } from "../../tables/raw-return";
import { defineRule } from "../rule";
import type { YearTables } from "../rule-context";
import { toNumber } from "../shared/cells";

/**
 * Adds to `out` the children one year's tables show as UASC: the Header's UASC item is 1 (XML), or,
 * when the Header has no UASC item (CSV), the child has a UASC record with anything in it.
 */
function addUascChildren(tables: YearTables<"Header" | "UASC">, out: Set<string>): void {
  const header = tables.table("Header");
  if (header[0] && Object.hasOwn(header[0], "UASC")) {
    for (const row of header) if (row.UASC === "1" && row.CHILD != null) out.add(row.CHILD);
    return;
  }
  for (const row of tables.table("UASC")) {
    const hasData = Object.entries(row).some(([column, value]) => column !== "CHILD" && value != null);
    if (hasData && row.CHILD != null) out.add(row.CHILD);
  }
}

/**
 * 164: the distance from home to placement (PL_DISTANCE, derived from the home and placement
 * postcodes) must be from 0.0 to 999.9 miles; a value outside that means a postcode is wrong. Children
 * who are or were unaccompanied asylum-seeking children (this year or last) are not checked, as they
 * have no home postcode. Reads the derived `PL_DISTANCE` column when the return carries it, else works
 * it out from the postcode lookup. DfE SSDA903 validation rule 164 (Episodes.PL_DISTANCE, derived).
 */
export const rule164 = defineRule({
  code: "164",
  tables: ["Episodes"],
  optionalTables: ["Header", "UASC"],
  fields: ["PL_DISTANCE", "HOME_POST", "PL_POST"],
  severity: "error",
  message: "The distance from home to placement is not valid; check that both postcodes are real postcodes.",
  needs: ["postcodes"],
  *check(ctx) {
    const uasc = new Set<string>();
    addUascChildren(ctx, uasc);
    if (ctx.previous) addUascChildren(ctx.previous, uasc);
    const rows = ctx.table("Episodes");
    // Distances repeat across episodes: read each distinct text once.
    const read = new Map<string, number>();
    const distanceOf = (row: Ssda903Row<"Episodes">): number | null => {
      if (Object.hasOwn(row, "PL_DISTANCE")) {
        if (row.PL_DISTANCE == null) return null;
        let miles = read.get(row.PL_DISTANCE);
        if (miles === undefined) {
          miles = toNumber(row.PL_DISTANCE) ?? Number.NaN;
          read.set(row.PL_DISTANCE, miles);
        }
        return miles;
      }
      const lookup = ctx.postcodes;
      if (!lookup || row.HOME_POST == null || row.PL_POST == null) return null;
      return placementDistanceMiles(lookup(row.HOME_POST), lookup(row.PL_POST));
    };
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!row || uasc.has(row.CHILD ?? "")) continue;
      const miles = distanceOf(row);
      if (miles !== null && !(miles >= 0 && miles <= 999.9))
        yield { table: "Episodes", row: i, field: "PL_DISTANCE" };
    }
  },
});
