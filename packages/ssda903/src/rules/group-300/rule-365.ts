import { defineRule } from "../rule";

/**
 * 365: a single short-term respite placement (legal status V3) cannot last more than 17 days; an
 * episode still open counts to the end of the collection year.
 * DfE SSDA903 validation rule 365 (Episodes.LS, Episodes.DECOM, Episodes.DEC).
 */
export const rule365 = defineRule({
  code: "365",
  tables: ["Episodes"],
  fields: ["LS", "DECOM", "DEC"],
  severity: "error",
  message:
    "This short-term respite placement (V3) lasts more than 17 days; check the dates or the legal status.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r?.LS !== "V3") continue;
      const start = ctx.date(r.DECOM);
      const end = r.DEC == null ? ctx.collectionEnd : ctx.date(r.DEC);
      if (start !== undefined && end !== undefined && end > start + 17)
        yield { table: "Episodes", row: i, field: "DEC" };
    }
  },
});
