import { compareCollectionYears } from "@childrens-social-care/core";
import { defineRule } from "../rule";
import { carriedOverEpisodes } from "../shared/carried-over-episode";
import { textDiffers } from "../shared/cells";

/** The codes Z1 was split into in 2025-26 (placements PlacementType; D2I lac2025_26 rule 146). */
const Z1_SPLIT: ReadonlySet<string> = new Set(["Z11", "Z12", "Z13", "Z14"]);

/**
 * 503D: when last year's return ended with the child's latest episode still open (no DEC), this year's
 * first episode continues it, so its placement type (PLACE) must be the same as last year's.
 * Recodings the DfE allowed across a year boundary are not differences: H5 (semi-independent living)
 * carried on as K3 from 2024-25, when K3 replaced it, and Z1 carried on as Z11–Z14 from 2025-26, when Z1
 * was split. Needs
 * last year's return.
 * DfE SSDA903 validation rule 503D (Episodes: PLACE, DECOM; last year's Episodes).
 */
export const rule503D = defineRule({
  code: "503D",
  needs: ["previous"],
  tables: ["Episodes"],
  fields: ["PLACE", "DECOM"],
  severity: "error",
  message:
    "The placement type of this year's first episode differs from last year's episode that was still open at 31 March; they should match.",
  *check(ctx) {
    const h5ToK3 = compareCollectionYears(ctx.collectionYear, "2024-25") >= 0;
    const z1Split = compareCollectionYears(ctx.collectionYear, "2025-26") >= 0;
    for (const { row, current, previous } of carriedOverEpisodes(ctx)) {
      if (!textDiffers(current.PLACE, previous.PLACE)) continue;
      if (h5ToK3 && previous.PLACE === "H5" && current.PLACE === "K3") continue;
      if (z1Split && previous.PLACE === "Z1" && Z1_SPLIT.has(current.PLACE ?? "")) continue;
      yield { table: "Episodes", row, field: "PLACE" };
    }
  },
});
