import { defineRule } from "../rule";

/**
 * 355: an episode that starts and ends on the same day lasted less than 24 hours (a query: such
 * episodes should normally not be recorded).
 * DfE SSDA903 validation rule 355 (Episodes.DECOM, Episodes.DEC).
 */
export const rule355 = defineRule({
  code: "355",
  tables: ["Episodes"],
  fields: ["DECOM", "DEC"],
  severity: "error",
  message: "The episode starts and ends on the same day; check whether it should be recorded.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r?.DECOM != null && r.DECOM === r.DEC) yield { table: "Episodes", row: i, field: "DEC" };
    }
  },
});
