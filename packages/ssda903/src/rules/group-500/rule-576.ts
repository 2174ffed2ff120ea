import { epochDayOf } from "../dmy-date";
import { defineRule } from "../rule";

/** A blank or unreadable start sorts after every real one, as the reference validator reads it (1 January 2099). */
const NO_START = epochDayOf(2099, 1, 1);

/**
 * 576: a missing period still open at the end of last year's return must be carried into this year: the
 * child's earliest missing period this year (a blank start counts as latest) must start on the same day
 * as each open period of last year. Needs last year's return.
 * DfE SSDA903 validation rule 576 (Missing: MIS_START; last year's Missing: MIS_START, MIS_END).
 */
export const rule576 = defineRule({
  code: "576",
  needs: ["previous"],
  tables: ["Missing"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "Last year's return has a missing period with no end date, but this year's first missing period for the child does not start on the same day.",
  *check(ctx) {
    const last = ctx.previous;
    if (!last) return;
    const missing = ctx.table("Missing");
    const lastMissing = last.table("Missing");
    const lastByChild = last.rowsByChild("Missing");
    for (const [child, rows] of ctx.rowsByChild("Missing")) {
      const lastRows = lastByChild.get(child);
      if (!lastRows) continue;
      let first = -1;
      let firstStart = Number.POSITIVE_INFINITY;
      for (const i of rows) {
        const start = ctx.date(missing[i]?.MIS_START) ?? NO_START;
        if (first < 0 || start < firstStart) {
          first = i;
          firstStart = start;
        }
      }
      for (const j of lastRows) {
        const r = lastMissing[j];
        if (!r || r.MIS_END != null) continue;
        const openStart = ctx.date(r.MIS_START);
        if (openStart !== undefined && openStart !== firstStart) {
          yield { table: "Missing", row: first, field: "MIS_START" };
          break;
        }
      }
    }
  },
});
