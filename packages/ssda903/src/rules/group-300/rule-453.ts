import { defineRule } from "../rule";
import { carriedOverEpisodes } from "../shared/carried-over-episode";
import { same } from "../shared/cells";

/**
 * 453: an episode open at the end of last year continues into this year, so the placement distance
 * in the child's first episode this year must match last year's to within 0.2 miles (and cannot
 * appear when last year's was blank). Needs last year's return.
 * DfE SSDA903 validation rule 453 (Episodes.PL_DISTANCE).
 */
export const rule453 = defineRule({
  code: "453",
  tables: ["Episodes"],
  fields: ["PL_DISTANCE"],
  severity: "error",
  message:
    "The placement distance in the child's first episode differs from the episode still open at the end of last year.",
  needs: ["previous", "postcodes"],
  *check(ctx) {
    for (const { row, current: first, previous: last } of carriedOverEpisodes(ctx)) {
      // Only the same episode carried over: the same reason for new episode on both records.
      if (!same(first.RNE, last.RNE)) continue;
      if (first.PL_DISTANCE == null) continue;
      const now = Number(first.PL_DISTANCE);
      const before = last.PL_DISTANCE == null ? undefined : Number(last.PL_DISTANCE);
      const differs = before === undefined || Math.abs(now - before) >= 0.2;
      if (differs) yield { table: "Episodes", row, field: "PL_DISTANCE" };
    }
  },
});
