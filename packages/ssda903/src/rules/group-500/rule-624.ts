import { defineRule } from "../rule";
import { differs } from "../shared/cells";

/**
 * 624: the date of birth of a mother's first child (MC_DOB) cannot change from one year to the next: when
 * last year's return gave one, this year's must be the same (compared as written; a blank now differs).
 * Needs last year's return.
 * DfE SSDA903 validation rule 624 (Header: MC_DOB; last year's Header).
 */
export const rule624 = defineRule({
  code: "624",
  needs: ["previous"],
  tables: ["Header"],
  fields: ["MC_DOB"],
  severity: "error",
  message: "The date of birth of the child's first child differs from the one in last year's return.",
  *check(ctx) {
    const last = ctx.previous;
    if (!last) return;
    const header = ctx.table("Header");
    const lastHeader = last.table("Header");
    const lastByChild = last.rowsByChild("Header");
    for (let h = 0; h < header.length; h++) {
      const now = header[h]?.MC_DOB;
      const lastRows = lastByChild.get(header[h]?.CHILD ?? "") ?? [];
      if (lastRows.some((q) => lastHeader[q]?.MC_DOB != null && differs(now, lastHeader[q]?.MC_DOB))) {
        yield { table: "Header", row: h, field: "MC_DOB" };
      }
    }
  },
});
