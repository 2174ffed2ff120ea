import { defineRule } from "../rule";
import { doloPlacementOverlaps } from "./dolo-overlaps";

/**
 * Placements that cannot hold a child under a deprivation of liberty order (DfE SSDA903 2026-27
 * validation rule 710): K1 secure children's home, P1 with parents, R5 young offender institution,
 * K3 supported accommodation.
 */
const BARRED_PLACEMENTS: ReadonlySet<string> = new Set(["K1", "P1", "R5", "K3"]);

/**
 * 710: no episode overlapping a deprivation of liberty order (with start and end dates) may be in a
 * secure children's home, with parents, in a young offender institution or in supported
 * accommodation. The rule reads the episode's PLACE column.
 * DfE SSDA903 validation rule 710 (DoLo.DOLO_START, Episodes.PLACE, from 2026-27).
 */
export const rule710 = defineRule({
  code: "710",
  from: "2026-27",
  tables: ["DoLo", "Episodes"],
  fields: ["DOLO_START", "PLACE"],
  severity: "error",
  message:
    "The child is under a deprivation of liberty order but an episode during the order is in a secure children's home, with parents, in a young offender institution or in supported accommodation: correct the placement or the order's dates.",
  check: (ctx) => doloPlacementOverlaps(ctx, (place) => place != null && BARRED_PLACEMENTS.has(place)),
});
