import { defineRule } from "../rule";
import { carriedOverEpisodes } from "../shared/carried-over-episode";
import { textDiffers } from "../shared/cells";

/**
 * 503J: when last year's return ended with the child's latest episode still open (no DEC), this year's
 * first episode continues it, so its placement location (in or out of the area) (PL_LOCATION) must be the same as last year's. Needs
 * last year's return.
 * DfE SSDA903 validation rule 503J (Episodes: PL_LOCATION, DECOM; last year's Episodes).
 */
export const rule503J = defineRule({
  code: "503J",
  needs: ["previous", "postcodes"],
  tables: ["Episodes"],
  fields: ["PL_LOCATION", "DECOM"],
  severity: "error",
  message:
    "The placement location (in or out of the area) of this year's first episode differs from last year's episode that was still open at 31 March; they should match.",
  *check(ctx) {
    for (const { row, current, previous } of carriedOverEpisodes(ctx)) {
      if (textDiffers(current.PL_LOCATION, previous.PL_LOCATION))
        yield { table: "Episodes", row, field: "PL_LOCATION" };
    }
  },
});
