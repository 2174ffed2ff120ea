import { defineRule } from "../rule";
import { doloPlacementOverlaps } from "./dolo-overlaps";

/**
 * The placements a child under a deprivation of liberty order is expected to be in (DfE SSDA903
 * 2026-27 validation rule 709): K2 (children's home) and the 2026-27 codes Z12 and Z13.
 */
const EXPECTED_PLACEMENTS: ReadonlySet<string> = new Set(["K2", "Z12", "Z13"]);

/**
 * 709: while a deprivation of liberty order (with start and end dates) is in force, every episode of
 * the child overlapping it should be in an expected placement type (K2, Z12 or Z13). The rule reads
 * the episode's PLACE column. DfE SSDA903 validation rule 709 (DoLo.DOLO_START, Episodes.PLACE, from 2026-27).
 */
export const rule709 = defineRule({
  code: "709",
  from: "2026-27",
  tables: ["DoLo", "Episodes"],
  fields: ["DOLO_START", "PLACE"],
  severity: "error",
  message:
    "The child is under a deprivation of liberty order but an episode during the order is in an unexpected placement type: check the placement or the order's dates.",
  check: (ctx) => doloPlacementOverlaps(ctx, (place) => place == null || !EXPECTED_PLACEMENTS.has(place)),
});
