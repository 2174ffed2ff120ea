import { defineRule } from "../rule";
import { earliestRow } from "./episode-order";

/**
 * 302: the child's earliest episode in the return cannot start before the child's date of birth.
 * DfE SSDA903 validation rule 302 (Episodes.DECOM, Header.DOB).
 */
export const rule302 = defineRule({
  code: "302",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "DOB"],
  severity: "error",
  message: "The child's first episode starts before the date of birth; check both dates.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    for (const [child, rows] of ctx.rowsByChild("Episodes")) {
      const first = earliestRow(ctx, "Episodes", rows);
      if (first === undefined) continue;
      const start = ctx.date(episodes[first]?.DECOM) as number;
      for (const h of headerByChild.get(child) ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob !== undefined && dob > start) {
          yield { table: "Episodes", row: first, field: "DECOM" };
          yield { table: "Header", row: h, field: "DOB" };
        }
      }
    }
  },
});
