import { defineRule } from "../rule";
import { isBlank } from "../shared/cells";
import { flagRows } from "../shared/flag-rows";

/**
 * 104: the date a child stopped being an unaccompanied asylum-seeking child (UASC.DUC) may be blank,
 * but when given it must be a real `dd/mm/yyyy` date and not before the collection year began (an
 * earlier date belongs to an earlier return). DfE SSDA903 validation rule 104 (UASC.DUC).
 */
export const rule104 = defineRule({
  code: "104",
  tables: ["UASC"],
  fields: ["DUC"],
  severity: "error",
  message:
    "The date the child stopped being an unaccompanied asylum-seeking child is not a real dd/mm/yyyy date or is before the start of the collection year.",
  check: (ctx) =>
    flagRows(ctx, "UASC", "DUC", (row) => {
      if (isBlank(row.DUC)) return false;
      const day = ctx.date(row.DUC);
      return day === undefined || day < ctx.collectionStart;
    }),
});
