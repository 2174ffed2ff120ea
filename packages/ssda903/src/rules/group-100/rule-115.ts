import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { flagRows } from "../shared/flag-rows";

/**
 * 115: the date of the decision that the child should be placed for adoption (PlacedAdoption.DATE_PLACED) may be blank, but when given it must be a real `dd/mm/yyyy` date (a two-digit year
 * or an impossible day is not). DfE SSDA903 validation rule 115 (PlacedAdoption.DATE_PLACED).
 */
export const rule115 = defineRule({
  code: "115",
  tables: ["PlacedAdoption"],
  fields: ["DATE_PLACED"],
  severity: "error",
  message:
    "The date of the decision to place the child for adoption is not a real date in dd/mm/yyyy form; correct it or leave it blank.",
  check: (ctx) =>
    flagRows(
      ctx,
      "PlacedAdoption",
      "DATE_PLACED",
      (row) => !isBlank(row.DATE_PLACED) && ctx.date(row.DATE_PLACED) === undefined,
    ),
});
