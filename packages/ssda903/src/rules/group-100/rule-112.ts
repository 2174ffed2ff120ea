import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { flagRows } from "../shared/flag-rows";

/**
 * 112: the date of the decision that the child should be placed for adoption (AD1.DATE_INT) may be blank, but when given it must be a real `dd/mm/yyyy` date (a two-digit year
 * or an impossible day is not). DfE SSDA903 validation rule 112 (AD1.DATE_INT).
 */
export const rule112 = defineRule({
  code: "112",
  tables: ["AD1"],
  fields: ["DATE_INT"],
  severity: "error",
  message:
    "The date the child should be placed for adoption is not a real date in dd/mm/yyyy form; correct it or leave it blank.",
  check: (ctx) =>
    flagRows(ctx, "AD1", "DATE_INT", (row) => !isBlank(row.DATE_INT) && ctx.date(row.DATE_INT) === undefined),
});
