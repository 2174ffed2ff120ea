import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { flagRows } from "../shared/flag-rows";

/**
 * 113: the date the child was matched with the adopter(s) (AD1.DATE_MATCH) may be blank, but when given it must be a real `dd/mm/yyyy` date (a two-digit year
 * or an impossible day is not). DfE SSDA903 validation rule 113 (AD1.DATE_MATCH).
 */
export const rule113 = defineRule({
  code: "113",
  tables: ["AD1"],
  fields: ["DATE_MATCH"],
  severity: "error",
  message:
    "The date the child was matched with the adopter(s) is not a real date in dd/mm/yyyy form; correct it or leave it blank.",
  check: (ctx) =>
    flagRows(
      ctx,
      "AD1",
      "DATE_MATCH",
      (row) => !isBlank(row.DATE_MATCH) && ctx.date(row.DATE_MATCH) === undefined,
    ),
});
