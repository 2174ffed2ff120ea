import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

/**
 * 357: a child's first episode, when it starts in this collection year, must have reason for new
 * episode "S" (started to be looked after).
 * DfE SSDA903 validation rule 357 (Episodes.RNE).
 */
export const rule357 = defineRule({
  code: "357",
  tables: ["Episodes"],
  fields: ["RNE"],
  severity: "error",
  message:
    "This is the child's first episode but the reason for new episode is not S; add any missing earlier episode or correct the reason.",
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const { order, bounds, start } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes">[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) {
      const first = order[bounds[c] as number] as number;
      // NaN (no valid start) fails the comparison, as a missing date does in the DfE check.
      if ((start[first] as number) >= ctx.collectionStart && episodes[first]?.RNE !== "S") {
        flags.push({ table: "Episodes", row: first, field: "RNE" });
      }
    }
    return flags;
  },
});
