import { defineRule } from "../rule";
import { carriedOverEpisodes } from "../shared/carried-over-episode";
import { textDiffers } from "../shared/cells";

/**
 * 503B: when last year's return ended with the child's latest episode still open (no DEC), this year's
 * first episode continues it, so its legal status (LS) must be the same as last year's. Needs
 * last year's return.
 * DfE SSDA903 validation rule 503B (Episodes: LS, DECOM; last year's Episodes).
 */
export const rule503B = defineRule({
  code: "503B",
  needs: ["previous"],
  tables: ["Episodes"],
  fields: ["LS", "DECOM"],
  severity: "error",
  message:
    "The legal status of this year's first episode differs from last year's episode that was still open at 31 March; they should match.",
  *check(ctx) {
    for (const { row, current, previous } of carriedOverEpisodes(ctx)) {
      if (textDiffers(current.LS, previous.LS)) yield { table: "Episodes", row, field: "LS" };
    }
  },
});
