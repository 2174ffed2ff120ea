import { defineRule } from "../rule";
import { type PeriodOfCare, periodsOfCare } from "../shared/periods-of-care";

/**
 * 577: a child who has ceased to be looked after cannot have a missing period without an end date. A
 * missing record (with a readable start) is flagged when it fits none of the child's periods of care: it
 * is open while the period has ended or it started before the period, or it ends after the period ended
 * or before it began.
 * DfE SSDA903 validation rule 577 (Missing: MIS_START, MIS_END; Episodes: DECOM, DEC).
 */
export const rule577 = defineRule({
  code: "577",
  tables: ["Episodes", "Missing"],
  fields: ["MIS_END"],
  severity: "error",
  message:
    "The child ceased to be looked after, but a missing period has no end date or does not fit within the period of care; check the missing dates.",
  *check(ctx) {
    const missing = ctx.table("Missing");
    const periods = periodsOfCare(ctx);
    const starts = ctx.dates("Missing", "MIS_START");
    const ends = ctx.dates("Missing", "MIS_END");
    for (let m = 0; m < missing.length; m++) {
      const r = missing[m];
      if (!r) continue;
      const start = starts[m] as number;
      if (Number.isNaN(start)) continue;
      const childPeriods = periods.get(r.CHILD ?? "");
      if (!childPeriods || childPeriods.length === 0) continue;
      const end = ends[m] as number;
      const outside = (p: PeriodOfCare) =>
        Number.isNaN(end)
          ? p.end !== undefined || start < p.start
          : (p.end !== undefined && end > p.end) || end < p.start;
      if (childPeriods.every(outside)) yield { table: "Missing", row: m, field: "MIS_END" };
    }
  },
});
