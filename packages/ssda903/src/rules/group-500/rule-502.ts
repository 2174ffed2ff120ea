import { defineRule } from "../rule";
import { episodeSummaries } from "../shared/episode-summary";

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
    const lastEpisodes = last.table("Episodes");
    const lastByChild = last.rowsByChild("Episodes");
    for (const [child, s] of episodeSummaries(ctx, "current")) {
      if (s.firstRow < 0) continue;
      for (const j of lastByChild.get(child) ?? []) {
        const open = lastEpisodes[j];
        if (open && open.DEC == null && ctx.date(open.DECOM) !== s.firstStart) {
          yield { table: "Episodes", row: s.firstRow, field: "DECOM" };
          break;
        }
      }
    }
  },
});
