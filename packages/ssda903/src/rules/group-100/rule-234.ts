import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * 234: a child under 10 cannot be placed in custody (the age of criminal responsibility in England is
 * 10, Children and Young Persons Act 1933 s.50), so an episode starting before the child's tenth
 * birthday cannot give CUSTOD as the reason for placement change. Both the episode and the child's
 * Header record (whose date of birth it conflicts with) are flagged. From 2025-26.
 * DfE SSDA903 validation rule 234 (Episodes.REASON_PLACE_CHANGE, DECOM; Header.DOB).
 */
export const rule234 = defineRule({
  code: "234",
  from: "2025-26",
  tables: ["Episodes", "Header"],
  fields: ["REASON_PLACE_CHANGE", "DECOM", "DOB"],
  severity: "error",
  message:
    "The reason for placement change is custody, but the child was under 10 when the episode started; check the reason and the date of birth.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerRows = ctx.rowsByChild("Header");
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row?.REASON_PLACE_CHANGE !== "CUSTOD") continue;
      const start = ctx.date(row.DECOM);
      if (start === undefined) continue;
      for (const h of headerRows.get(row.CHILD ?? "") ?? []) {
        const birth = ctx.date(header[h]?.DOB);
        if (birth !== undefined && addYearsDay(birth, 10) > start) {
          yield { table: "Episodes", row: i, field: "REASON_PLACE_CHANGE" };
          yield { table: "Header", row: h, field: "DOB" };
        }
      }
    }
  },
});
