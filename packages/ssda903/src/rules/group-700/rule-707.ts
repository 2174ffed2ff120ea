import { defineRule } from "../rule";
import { periodsOfCare } from "../shared/periods-of-care";

/**
 * 707: a deprivation of liberty order must fall within one of the child's periods of care: an order
 * without an end date needs a period of care that is still open and began on or before the order,
 * and an order with an end date needs a period of care it ends within. Orders without a readable
 * start date, and children with no episodes, are left to other rules.
 * DfE SSDA903 validation rule 707 (DoLo.DOLO_END, from 2026-27).
 */
export const rule707 = defineRule({
  code: "707",
  from: "2026-27",
  tables: ["DoLo", "Episodes"],
  fields: ["DOLO_END"],
  severity: "error",
  message:
    "The deprivation of liberty order does not fit any of the child's periods of care (for example, the child left care but the order has no end date): correct the order's dates.",
  *check(ctx) {
    const periods = periodsOfCare(ctx);
    const rows = ctx.table("DoLo");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const start = ctx.date(r?.DOLO_START);
      if (start === undefined) continue;
      const mine = periods.get(r?.CHILD ?? "");
      if (!mine || mine.length === 0) continue;
      const end = ctx.date(r?.DOLO_END);
      const fits = mine.some((p) => {
        if (end === undefined) return p.end === undefined && start >= p.start;
        return end >= p.start && (p.end === undefined || end <= p.end);
      });
      if (!fits) yield { table: "DoLo", row: i, field: "DOLO_END" };
    }
  },
});
