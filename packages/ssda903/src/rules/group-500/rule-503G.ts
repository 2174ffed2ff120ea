import { defineRule } from "../rule";
import { carriedOverEpisodes } from "../shared/carried-over-episode";

/** A PL_DISTANCE cell as a number of miles, or undefined when blank or not a number. */
function distance(text: string | null | undefined): number | undefined {
  if (text == null || text.trim() === "") return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * 503G: when last year's return ended with the child's latest episode still open (no DEC), this year's
 * first episode continues it, so its placement distance (PL_DISTANCE) must be the same as last year's.
 * Distances are compared as numbers: a difference of 0.2 miles or more, or a distance given in one year
 * and not the other, is flagged. Needs
 * last year's return.
 * DfE SSDA903 validation rule 503G (Episodes: PL_DISTANCE, DECOM; last year's Episodes).
 */
export const rule503G = defineRule({
  code: "503G",
  needs: ["previous", "postcodes"],
  tables: ["Episodes"],
  fields: ["PL_DISTANCE", "DECOM"],
  severity: "error",
  message:
    "The placement distance of this year's first episode differs from last year's episode that was still open at 31 March; they should match.",
  *check(ctx) {
    for (const { row, current, previous } of carriedOverEpisodes(ctx)) {
      const now = distance(current.PL_DISTANCE);
      const before = distance(previous.PL_DISTANCE);
      if (now === undefined && before === undefined) continue;
      if (now === undefined || before === undefined || Math.abs(now - before) >= 0.2) {
        yield { table: "Episodes", row, field: "PL_DISTANCE" };
      }
    }
  },
});
