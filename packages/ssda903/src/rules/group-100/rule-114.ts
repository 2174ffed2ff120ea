import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { flagRows } from "../shared/flag-rows";

/** The codes this rule accepts (DfE SSDA903 guide, FOSTER_CARE code set). */
const CODES: ReadonlySet<string> = new Set(["0", "1"]);

/**
 * 114: whether the adopters were the child's former foster carers (AD1.FOSTER_CARE) is 0 or 1 when given. Codes are compared exactly as sent (no trimming or case folding).
 * DfE SSDA903 validation rule 114 (AD1.FOSTER_CARE).
 */
export const rule114 = defineRule({
  code: "114",
  tables: ["AD1"],
  fields: ["FOSTER_CARE"],
  severity: "error",
  message:
    "Whether the child was adopted by their former foster carer(s) must be 0 (no) or 1 (yes), or left blank.",
  check: (ctx) =>
    flagRows(ctx, "AD1", "FOSTER_CARE", (row) => {
      const v = row.FOSTER_CARE;
      return !isBlank(v) && !CODES.has(v);
    }),
});
