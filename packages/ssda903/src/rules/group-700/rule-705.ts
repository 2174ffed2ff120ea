import { defineRule } from "../rule";
import { sortedByDate } from "../shared/sorted-by-date";

/**
 * 705: a child's deprivation of liberty order (DoLO) cannot start while the child's previous order
 * is still in force. Taking a child's orders in order of start date, an order is flagged when the
 * one before it has no readable end date or ends after this one starts.
 * DfE SSDA903 validation rule 705 (DoLo.DOLO_START, DOLO_END, from 2026-27).
 */
export const rule705 = defineRule({
  code: "705",
  from: "2026-27",
  tables: ["DoLo"],
  fields: ["DOLO_START", "DOLO_END"],
  severity: "error",
  message:
    "This deprivation of liberty order starts while the child's previous order is still in force: end the previous order or correct the dates.",
  *check(ctx) {
    const rows = ctx.table("DoLo");
    for (const list of ctx.rowsByChild("DoLo").values()) {
      if (list.length < 2) continue;
      const start = (i: number) => ctx.date(rows[i]?.DOLO_START);
      const ordered = sortedByDate(
        list.filter((i) => start(i) !== undefined),
        start,
      );
      for (let k = 1; k < ordered.length; k++) {
        const i = ordered[k] as number;
        const previousEnd = ctx.date(rows[ordered[k - 1] as number]?.DOLO_END);
        if (previousEnd === undefined || (start(i) as number) < previousEnd) {
          yield { table: "DoLo", row: i, field: "DOLO_START" };
        }
      }
    }
  },
});
