import { defineRule } from "../rule";
import { carriedOverEpisodes } from "../shared/carried-over-episode";
import { same } from "../shared/cells";

/**
 * 452: an episode open at the end of last year continues into this year, so the child's first
 * episode this year must keep last year's local authority of placement (PL_LA). Needs last year's
 * return.
 * DfE SSDA903 validation rule 452 (Episodes.PL_LA).
 */
export const rule452 = defineRule({
  code: "452",
  tables: ["Episodes"],
  fields: ["PL_LA"],
  severity: "error",
  message:
    "The local authority of placement in the child's first episode differs from the episode still open at the end of last year.",
  needs: ["previous", "postcodes"],
  *check(ctx) {
    for (const { row, current: first, previous: last } of carriedOverEpisodes(ctx)) {
      // Only the same episode carried over: the same reason for new episode on both records.
      if (!same(first.RNE, last.RNE)) continue;
      if ((first.PL_LA ?? null) !== (last.PL_LA ?? null)) yield { table: "Episodes", row, field: "PL_LA" };
    }
  },
});
