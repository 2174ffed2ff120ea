import { CategoryOfNeed } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 145: the category of need (Episodes.CIN) is one of N1-N8 when given. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 145 (Episodes.CIN).
 */
export const rule145 = defineRule({
  code: "145",
  tables: ["Episodes"],
  fields: ["CIN"],
  severity: "error",
  message: "The category of need is not a valid code (N1 to N8).",
  check(ctx) {
    const codes = codesIn(CategoryOfNeed, ctx.collectionYear);
    return flagRows(ctx, "Episodes", "CIN", (row) => {
      const v = row.CIN;
      return !isBlank(v) && !codes.has(v);
    });
  },
});
