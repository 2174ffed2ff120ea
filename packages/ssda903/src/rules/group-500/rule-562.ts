import { defineRule } from "../rule";
import { episodeSummaries } from "../shared/episode-summary";

/**
 * 562: a child whose earliest episode this year started before 1 April was looked after last year, so
 * last year's return must end with that same episode (its latest episode starting on the same day).
 * Needs last year's return.
 * DfE SSDA903 validation rule 562 (Episodes: DECOM; last year's Episodes).
 */
export const rule562 = defineRule({
  code: "562",
  needs: ["previous"],
  tables: ["Episodes"],
  fields: ["DECOM"],
  severity: "error",
  message:
    "This episode started before the collection year, but last year's return does not end with a matching episode.",
  *check(ctx) {
    if (!ctx.previous) return;
    const lastSummaries = episodeSummaries(ctx, "previous");
    for (const [child, s] of episodeSummaries(ctx, "current")) {
      // The earliest episode overall is the earliest one before 1 April whenever there is one.
      if (s.firstRow < 0 || s.firstStart >= ctx.collectionStart) continue;
      const last = lastSummaries.get(child);
      const lastStart = last && last.latestStartRow >= 0 ? last.latestStart : undefined;
      if (lastStart !== s.firstStart) yield { table: "Episodes", row: s.firstRow, field: "DECOM" };
    }
  },
});
