import { defineRule } from "../rule";

/**
 * 706: a deprivation of liberty order still open at the end of last year's return must carry on in
 * this year's return: the child needs an order this year with the same start date. The child's
 * earliest order this year is flagged, or the child's Header record when the child has no order this
 * year. Needs last year's return. DfE SSDA903 validation rule 706 (DoLo.DOLO_START, from 2026-27).
 */
export const rule706 = defineRule({
  code: "706",
  from: "2026-27",
  tables: ["DoLo"],
  optionalTables: ["Header"],
  fields: ["DOLO_START"],
  severity: "error",
  message:
    "A deprivation of liberty order open at the end of last year is not carried into this year's return with the same start date: add it or correct the start date.",
  needs: ["previous"],
  *check(ctx) {
    const previous = ctx.previous;
    if (!previous) return;
    const rows = ctx.table("DoLo");
    const byChild = ctx.rowsByChild("DoLo");
    const header = ctx.rowsByChild("Header");
    const last = previous.table("DoLo");
    const flagged = new Set<string>();
    for (const r of last) {
      if (r.DOLO_END != null) continue;
      const child = r.CHILD ?? "";
      if (flagged.has(child)) continue;
      const mine = byChild.get(child) ?? [];
      if (mine.some((i) => rows[i]?.DOLO_START === r.DOLO_START)) continue;
      flagged.add(child);
      if (mine.length === 0) {
        for (const h of header.get(child) ?? []) yield { table: "Header", row: h, field: "CHILD" };
        continue;
      }
      let first = mine[0] as number;
      for (const i of mine) {
        const s = ctx.date(rows[i]?.DOLO_START);
        const f = ctx.date(rows[first]?.DOLO_START);
        if (s !== undefined && (f === undefined || s < f)) first = i;
      }
      yield { table: "DoLo", row: first, field: "DOLO_START" };
    }
  },
});
