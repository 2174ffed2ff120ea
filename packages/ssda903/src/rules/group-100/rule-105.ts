import { defineRule } from "../rule";
import { toNumber } from "../shared/cells";

/**
 * 105: in an XML return the Header carries the child's UASC flag, which must be 0 or 1 (a blank
 * fails). A CSV return has no such column (UASC is a separate table there), so the rule looks only at
 * returns whose Header has a `UASC` column; for a CSV return `readReturn` derives that column as 0/1
 * from the UASC table, which always passes. DfE SSDA903 validation rule 105 (Header.UASC).
 */
export const rule105 = defineRule({
  code: "105",
  tables: ["Header"],
  fields: ["UASC"],
  severity: "error",
  message: "Whether the child is an unaccompanied asylum-seeking child must be given as 0 (no) or 1 (yes).",
  *check(ctx) {
    const rows = ctx.table("Header");
    const first = rows[0];
    if (!first || !Object.hasOwn(first, "UASC")) return;
    for (let i = 0; i < rows.length; i++) {
      const n = toNumber(rows[i]?.UASC);
      if (n !== 0 && n !== 1) yield { table: "Header", row: i, field: "UASC" };
    }
  },
});
