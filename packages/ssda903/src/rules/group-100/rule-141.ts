import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { flagRows } from "../shared/flag-rows";

/**
 * 141: the date an episode of care started (Episodes.DECOM) may be blank, but when given it must be a real `dd/mm/yyyy` date (a two-digit year
 * or an impossible day is not). DfE SSDA903 validation rule 141 (Episodes.DECOM).
 */
export const rule141 = defineRule({
  code: "141",
  tables: ["Episodes"],
  fields: ["DECOM"],
  severity: "error",
  message: "The date this episode started is not a real date in dd/mm/yyyy form.",
  check: (ctx) =>
    flagRows(ctx, "Episodes", "DECOM", (row) => !isBlank(row.DECOM) && ctx.date(row.DECOM) === undefined),
});
