import { LegalStatus } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 144: the legal status of an episode (Episodes.LS) is a valid code when given. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 144 (Episodes.LS).
 */
export const rule144 = defineRule({
  code: "144",
  tables: ["Episodes"],
  fields: ["LS"],
  severity: "error",
  message: "The legal status is not a valid legal status code (e.g. C2, V2, J1).",
  check(ctx) {
    const codes = codesIn(LegalStatus, ctx.collectionYear);
    return flagRows(ctx, "Episodes", "LS", (row) => {
      const v = row.LS;
      return !isBlank(v) && !codes.has(v);
    });
  },
});
