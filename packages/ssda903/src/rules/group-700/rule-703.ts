import { defineRule } from "../rule";

/**
 * 703: a deprivation of liberty order cannot start after the end of the collection year (31 March).
 * DfE SSDA903 validation rule 703 (DoLo.DOLO_START, from 2026-27).
 */
export const rule703 = defineRule({
  code: "703",
  from: "2026-27",
  tables: ["DoLo"],
  fields: ["DOLO_START"],
  severity: "error",
  message:
    "The deprivation of liberty order starts after the end of the collection year: correct the start date.",
  *check(ctx) {
    const rows = ctx.table("DoLo");
    for (let i = 0; i < rows.length; i++) {
      const start = ctx.date(rows[i]?.DOLO_START);
      if (start !== undefined && start > ctx.collectionEnd)
        yield { table: "DoLo", row: i, field: "DOLO_START" };
    }
  },
});
