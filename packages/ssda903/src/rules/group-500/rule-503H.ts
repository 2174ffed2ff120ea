import { defineRule } from "../rule";
import { carriedOverEpisodes } from "../shared/carried-over-episode";
import { textDiffers } from "../shared/cells";

/**
 * 503H: when last year's return ended with the child's latest episode still open (no DEC), this year's
 * first episode continues it, so its placement local authority (PL_LA) must be the same as last year's. Needs
 * last year's return.
 * DfE SSDA903 validation rule 503H (Episodes: PL_LA, DECOM; last year's Episodes).
 */
export const rule503H = defineRule({
  code: "503H",
  needs: ["previous", "postcodes"],
  tables: ["Episodes"],
  fields: ["PL_LA", "DECOM"],
  severity: "error",
  message:
    "The placement local authority of this year's first episode differs from last year's episode that was still open at 31 March; they should match.",
  *check(ctx) {
    for (const { row, current, previous } of carriedOverEpisodes(ctx)) {
      if (textDiffers(current.PL_LA, previous.PL_LA)) yield { table: "Episodes", row, field: "PL_LA" };
    }
  },
});
