import { ReasonNewEpisode } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 143: the reason for a new episode (Episodes.RNE) is a valid code when given. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 143 (Episodes.RNE).
 */
export const rule143 = defineRule({
  code: "143",
  tables: ["Episodes"],
  fields: ["RNE"],
  severity: "error",
  message: "The reason for the new episode is not a valid code (S, L, P, T, U or B).",
  check(ctx) {
    const codes = codesIn(ReasonNewEpisode, ctx.collectionYear);
    return flagRows(ctx, "Episodes", "RNE", (row) => {
      const v = row.RNE;
      return !isBlank(v) && !codes.has(v);
    });
  },
});
