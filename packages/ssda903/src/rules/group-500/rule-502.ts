import { defineRule } from "../rule";

/**
 * 502: when last year's return ended with an episode still open (no DEC), this year's first episode is
 * the same episode, so it must start on the same day. Needs last year's return.
 * DfE SSDA903 validation rule 502 (Episodes: DECOM; last year's Episodes).
 */
export const rule502 = defineRule({
  code: "502",
  needs: ["previous"],
  tables: ["Episodes"],
  fields: ["DECOM"],
  severity: "error",
  message:
    "Last year's return ended with an open episode, but this year's first episode does not start on the same day; check the start date.",
  *check(ctx) {
    const last = ctx.previous;
    if (!last) return;
    const episodes = ctx.table("Episodes");
    const lastEpisodes = last.table("Episodes");
    const lastByChild = last.rowsByChild("Episodes");
    for (const [child, rows] of ctx.rowsByChild("Episodes")) {
      const lastRows = lastByChild.get(child);
      if (!lastRows) continue;
      let first = -1;
      let firstStart = 0;
      for (const i of rows) {
        const start = ctx.date(episodes[i]?.DECOM);
        if (start !== undefined && (first < 0 || start < firstStart)) {
          first = i;
          firstStart = start;
        }
      }
      if (first < 0) continue;
      for (const j of lastRows) {
        const open = lastEpisodes[j];
        if (open && open.DEC == null && ctx.date(open.DECOM) !== firstStart) {
          yield { table: "Episodes", row: first, field: "DECOM" };
          break;
        }
      }
    }
  },
});
