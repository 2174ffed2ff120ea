import { defineRule } from "../rule";

/** Orders days ascending with missing days last, as pandas sorts NaT. */
function byDay(a: number | undefined, b: number | undefined): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  if (b === undefined) return -1;
  return a - b;
}

/**
 * 574: a child's missing periods must not overlap, and a new one cannot start while an earlier one is
 * still open. Periods are taken in order of end date (an open period counts as ending on its start date),
 * then start date; a period is flagged when the one before it has no valid end date, or ended after it
 * started.
 * DfE SSDA903 validation rule 574 (Missing: MIS_START, MIS_END).
 */
export const rule574 = defineRule({
  code: "574",
  tables: ["Missing"],
  fields: ["MIS_START", "MIS_END"],
  severity: "error",
  message:
    "This missing period overlaps another one for the same child, or starts while an earlier one is still open; check the dates.",
  *check(ctx) {
    const rows = ctx.table("Missing");
    for (const list of ctx.rowsByChild("Missing").values()) {
      if (list.length < 2) continue;
      const keyed = list.map((i) => {
        const start = ctx.date(rows[i]?.MIS_START);
        const end = ctx.date(rows[i]?.MIS_END);
        return { i, start, end, fill: end ?? start };
      });
      keyed.sort((a, b) => byDay(a.fill, b.fill) || byDay(a.start, b.start));
      for (let k = 1; k < keyed.length; k++) {
        const prev = keyed[k - 1];
        const cur = keyed[k];
        if (!prev || !cur) continue;
        if (prev.end === undefined || (cur.start !== undefined && cur.start < prev.end)) {
          yield { table: "Missing", row: cur.i, field: "MIS_START" };
        }
      }
    }
  },
});
