import { Sex } from "@childrens-social-care/placements";
import { defineRule } from "../rule";
import { codesIn } from "../shared/code-sets";
import { flagRows } from "../shared/flag-rows";

/**
 * 101: the child's sex (Header.SEX) must be a code of the SEX list valid in the collection year: 1/2 up to 2023-24, M/F/U from 2024-25; a blank fails. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 101 (Header.SEX).
 */
export const rule101 = defineRule({
  code: "101",
  tables: ["Header"],
  fields: ["SEX"],
  severity: "error",
  message:
    "The child's sex is missing or is not a valid code for this collection year (1 or 2 up to 2023-24; M, F or U from 2024-25).",
  check(ctx) {
    const codes = codesIn(Sex, ctx.collectionYear);
    return flagRows(ctx, "Header", "SEX", (row) => {
      const v = row.SEX;
      return v == null || !codes.has(v);
    });
  },
});
