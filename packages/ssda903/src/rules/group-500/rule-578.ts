import { defineRule } from "../rule";
import { periodsOfCare } from "../shared/periods-of-care";

/**
 * 578: a child cannot start to be missing after they ceased to be looked after: a missing record is
 * flagged when its start falls outside every one of the child's periods of care (before the period began,
 * or after it ended).
 * DfE SSDA903 validation rule 578 (Missing: MIS_START; Episodes: DECOM, DEC).
 */
export const rule578 = defineRule({
  code: "578",
  tables: ["Episodes", "Missing"],
  fields: ["MIS_START"],
  severity: "error",
  message:
    "The missing period starts outside the child's periods of care (after the child ceased to be looked after, or before care began); check the start date.",
  *check(ctx) {
    const missing = ctx.table("Missing");
    const periods = periodsOfCare(ctx);
    for (let m = 0; m < missing.length; m++) {
      const r = missing[m];
      if (!r) continue;
      const start = ctx.date(r.MIS_START);
      if (start === undefined) continue;
      const childPeriods = periods.get(r.CHILD ?? "");
      if (!childPeriods || childPeriods.length === 0) continue;
      if (childPeriods.every((p) => start < p.start || (p.end !== undefined && start > p.end))) {
        yield { table: "Missing", row: m, field: "MIS_START" };
      }
    }
  },
});
