import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { flagRows } from "../shared/flag-rows";

/**
 * 171: the date of birth of a looked-after mother's child (Header.MC_DOB) may be blank, but when given it must be a real `dd/mm/yyyy` date (a two-digit year
 * or an impossible day is not). DfE SSDA903 validation rule 171 (Header.MC_DOB).
 */
export const rule171 = defineRule({
  code: "171",
  tables: ["Header"],
  fields: ["MC_DOB"],
  severity: "error",
  message:
    "The date of birth of the mother's child is not a real date in dd/mm/yyyy form; correct it or leave it blank.",
  check: (ctx) =>
    flagRows(ctx, "Header", "MC_DOB", (row) => !isBlank(row.MC_DOB) && ctx.date(row.MC_DOB) === undefined),
});
