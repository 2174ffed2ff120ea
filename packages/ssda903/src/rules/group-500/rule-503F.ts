import { defineRule } from "../rule";
import { carriedOverEpisodes } from "../shared/carried-over-episode";
import { textDiffers } from "../shared/cells";

/**
 * 503F: when last year's return ended with the child's latest episode still open (no DEC), this year's
 * first episode continues it, so its Ofsted URN (URN) must be the same as last year's. Needs
 * last year's return.
 * DfE SSDA903 validation rule 503F (Episodes: URN, DECOM; last year's Episodes).
 */
export const rule503F = defineRule({
  code: "503F",
  needs: ["previous"],
  tables: ["Episodes"],
  fields: ["URN", "DECOM"],
  severity: "error",
  message:
    "The Ofsted URN of this year's first episode differs from last year's episode that was still open at 31 March; they should match.",
  *check(ctx) {
    for (const { row, current, previous } of carriedOverEpisodes(ctx)) {
      if (textDiffers(current.URN, previous.URN)) yield { table: "Episodes", row, field: "URN" };
    }
  },
});
