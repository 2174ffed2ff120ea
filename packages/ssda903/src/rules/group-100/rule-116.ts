import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { flagRows } from "../shared/flag-rows";

/**
 * 116: the date of the decision that the child should no longer be placed for adoption (PlacedAdoption.DATE_PLACED_CEASED) may be blank, but when given it must be a real `dd/mm/yyyy` date (a two-digit year
 * or an impossible day is not). DfE SSDA903 validation rule 116 (PlacedAdoption.DATE_PLACED_CEASED).
 */
export const rule116 = defineRule({
  code: "116",
  tables: ["PlacedAdoption"],
  fields: ["DATE_PLACED_CEASED"],
  severity: "error",
  message:
    "The date of the decision that the child should no longer be placed for adoption is not a real date in dd/mm/yyyy form; correct it or leave it blank.",
  check: (ctx) =>
    flagRows(
      ctx,
      "PlacedAdoption",
      "DATE_PLACED_CEASED",
      (row) => !isBlank(row.DATE_PLACED_CEASED) && ctx.date(row.DATE_PLACED_CEASED) === undefined,
    ),
});
