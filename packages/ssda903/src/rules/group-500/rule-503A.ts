import { defineRule } from "../rule";
import { carriedOverEpisodes } from "../shared/carried-over-episode";
import { textDiffers } from "../shared/cells";

/**
 * 503A: when last year's return ended with the child's latest episode still open (no DEC), this year's
 * first episode continues it, so its reason for new episode (RNE) must be the same as last year's. Needs
 * last year's return.
 * DfE SSDA903 validation rule 503A (Episodes: RNE, DECOM; last year's Episodes).
 */
export const rule503A = defineRule({
  code: "503A",
  needs: ["previous"],
  tables: ["Episodes"],
  fields: ["RNE", "DECOM"],
  severity: "error",
  message:
    "The reason for new episode of this year's first episode differs from last year's episode that was still open at 31 March; they should match.",
  *check(ctx) {
    for (const { row, current, previous } of carriedOverEpisodes(ctx)) {
      if (textDiffers(current.RNE, previous.RNE)) yield { table: "Episodes", row, field: "RNE" };
    }
  },
});
