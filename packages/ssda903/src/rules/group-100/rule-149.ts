import { ReasonEpisodeCeased } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 149: the reason an episode ended (Episodes.REC) is a valid code when given. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 149 (Episodes.REC).
 */
export const rule149 = defineRule({
  code: "149",
  tables: ["Episodes"],
  fields: ["REC"],
  severity: "error",
  message: "The reason the episode ended is not a valid code (e.g. E11, E4A, X1).",
  check(ctx) {
    const codes = codesIn(ReasonEpisodeCeased, ctx.collectionYear);
    return flagRows(ctx, "Episodes", "REC", (row) => {
      const v = row.REC;
      return !isBlank(v) && !codes.has(v);
    });
  },
});
