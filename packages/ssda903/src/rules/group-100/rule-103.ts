import { Ethnicity } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 103: the child's ethnic origin (Header.ETHNIC) must be one of the DfE ethnicity codes; a blank fails. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 103 (Header.ETHNIC).
 */
export const rule103 = defineRule({
  code: "103",
  tables: ["Header"],
  fields: ["ETHNIC"],
  severity: "error",
  message:
    "The child's ethnicity is missing or is not one of the DfE ethnicity codes (e.g. WBRI); codes are upper case.",
  check(ctx) {
    const codes = codesIn(Ethnicity, ctx.collectionYear);
    return flagRows(ctx, "Header", "ETHNIC", (row) => {
      const v = row.ETHNIC;
      return v == null || !codes.has(v);
    });
  },
});
