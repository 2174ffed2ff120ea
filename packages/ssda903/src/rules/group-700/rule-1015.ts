import { placementLa } from "../group-100/placement-la";
import { defineRule } from "../rule";
import { SHORT_BREAKS } from "../shared/short-breaks";

/** Placed-for-adoption and foster placements with connected people (DfE SSDA903 PLACE codes). */
const EXEMPT_PLACEMENTS: ReadonlySet<string> = new Set([
  "A3",
  "A4",
  "A5",
  "A6",
  "U1",
  "U2",
  "U3",
  "U4",
  "U5",
  "U6",
]);

/**
 * 1015: a placement with the local authority's own provision (PR1) must lie in that local authority,
 * except adoption and connected-person foster placements (A3-A6, U1-U6) and short breaks (V3, V4).
 * The placement's local authority comes from its postcode. DfE SSDA903 validation rule 1015
 * (Episodes.PL_LA, derived).
 */
export const rule1015 = defineRule({
  code: "1015",
  tables: ["Episodes"],
  fields: ["PL_LA"],
  severity: "error",
  message:
    "The placement is with the local authority's own provision but is not in the local authority: check the placement provider and the placement postcode.",
  needs: ["postcodes", "localAuthority"],
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r?.PLACE_PROVIDER !== "PR1" || r.PLACE == null || r.LS == null) continue;
      if (EXEMPT_PLACEMENTS.has(r.PLACE) || SHORT_BREAKS.has(r.LS)) continue;
      const la = placementLa(ctx, r);
      if (la == null || la !== ctx.localAuthority) yield { table: "Episodes", row: i, field: "PL_LA" };
    }
  },
});
