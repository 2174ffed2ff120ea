import { defineRule } from "../rule";

/**
 * 142: every episode of a child except the latest must have ended: it needs a (real) end date and a
 * reason for ending. The latest episode is the one with the latest start date; an episode whose start
 * date is missing or not a date counts as the latest and is itself not checked.
 * DfE SSDA903 validation rule 142 (Episodes.DEC, REC).
 */
export const rule142 = defineRule({
  code: "142",
  tables: ["Episodes"],
  fields: ["DEC", "REC"],
  severity: "error",
  message: "A later episode has started, but this episode has no end date or no reason for ending.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    const decom = ctx.dates("Episodes", "DECOM");
    const dec = ctx.dates("Episodes", "DEC");
    for (const indexes of ctx.rowsByChild("Episodes").values()) {
      if (rows[indexes[0] ?? 0]?.CHILD == null) continue;
      // The latest episode: an undated one if any (it sorts last), else the latest start.
      let last = -1;
      let lastStart = Number.NEGATIVE_INFINITY;
      let undated = false;
      for (const i of indexes) {
        const start = decom[i] as number;
        if (Number.isNaN(start)) {
          undated = true;
          last = i;
        } else if (!undated && start >= lastStart) {
          lastStart = start;
          last = i;
        }
      }
      for (const i of indexes) {
        const row = rows[i];
        if (i === last || !row || Number.isNaN(decom[i])) continue;
        if (Number.isNaN(dec[i]) || row.REC == null) yield { table: "Episodes", row: i, field: "DEC" };
      }
    }
  },
});
