import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { flagRows } from "../shared/flag-rows";

/**
 * 147: the date an episode of care ended (Episodes.DEC) may be blank, but when given it must be a real `dd/mm/yyyy` date (a two-digit year
 * or an impossible day is not). DfE SSDA903 validation rule 147 (Episodes.DEC).
 */
export const rule147 = defineRule({
  code: "147",
  tables: ["Episodes"],
  fields: ["DEC"],
  severity: "error",
  message:
    "The date this episode ended is not a real date in dd/mm/yyyy form; correct it, or leave it blank if the episode is still open.",
  check: (ctx) =>
    flagRows(ctx, "Episodes", "DEC", (row) => !isBlank(row.DEC) && ctx.date(row.DEC) === undefined),
});
