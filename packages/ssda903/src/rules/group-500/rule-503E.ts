import { defineRule } from "../rule";
import { carriedOverEpisodes } from "../shared/carried-over-episode";
import { textDiffers } from "../shared/cells";

/**
 * 503E: when last year's return ended with the child's latest episode still open (no DEC), this year's
 * first episode continues it, so its placement provider (PLACE_PROVIDER) must be the same as last year's. Needs
 * last year's return.
 * DfE SSDA903 validation rule 503E (Episodes: PLACE_PROVIDER, DECOM; last year's Episodes).
 */
export const rule503E = defineRule({
  code: "503E",
  needs: ["previous"],
  tables: ["Episodes"],
  fields: ["PLACE_PROVIDER", "DECOM"],
  severity: "error",
  message:
    "The placement provider of this year's first episode differs from last year's episode that was still open at 31 March; they should match.",
  *check(ctx) {
    for (const { row, current, previous } of carriedOverEpisodes(ctx)) {
      if (textDiffers(current.PLACE_PROVIDER, previous.PLACE_PROVIDER))
        yield { table: "Episodes", row, field: "PLACE_PROVIDER" };
    }
  },
});
