import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { flagRows } from "../shared/flag-rows";

/** The codes this rule accepts (DfE SSDA903 guide, NB_ADOPTR code set). */
const CODES: ReadonlySet<string> = new Set(["1", "2"]);

/**
 * 175: the number of adopters (AD1.NB_ADOPTR) is 1 or 2 when given. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 175 (AD1.NB_ADOPTR).
 */
export const rule175 = defineRule({
  code: "175",
  tables: ["AD1"],
  fields: ["NB_ADOPTR"],
  severity: "error",
  message: "The number of adopters must be 1 or 2, or left blank.",
  check: (ctx) =>
    flagRows(ctx, "AD1", "NB_ADOPTR", (row) => {
      const v = row.NB_ADOPTR;
      return !isBlank(v) && !CODES.has(v);
    }),
});
