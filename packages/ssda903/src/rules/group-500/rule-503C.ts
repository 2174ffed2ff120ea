import { defineRule } from "../rule";
import { carriedOverEpisodes } from "../shared/carried-over-episode";
import { textDiffers } from "../shared/cells";

/**
 * 503C: when last year's return ended with the child's latest episode still open (no DEC), this year's
 * first episode continues it, so its category of need (CIN) must be the same as last year's. Needs
 * last year's return.
 * DfE SSDA903 validation rule 503C (Episodes: CIN, DECOM; last year's Episodes).
 */
export const rule503C = defineRule({
  code: "503C",
  needs: ["previous"],
  tables: ["Episodes"],
  fields: ["CIN", "DECOM"],
  severity: "error",
  message:
    "The category of need of this year's first episode differs from last year's episode that was still open at 31 March; they should match.",
  *check(ctx) {
    for (const { row, current, previous } of carriedOverEpisodes(ctx)) {
      if (textDiffers(current.CIN, previous.CIN)) yield { table: "Episodes", row, field: "CIN" };
    }
  },
});
