import { defineRule } from "../rule";

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
    const last = ctx.previous;
    if (!last) return;
    const episodes = ctx.table("Episodes");
    const lastEpisodes = last.table("Episodes");
    const lastByChild = last.rowsByChild("Episodes");
    for (const [child, rows] of ctx.rowsByChild("Episodes")) {
      let first = -1;
      let firstStart = 0;
      for (const i of rows) {
        const start = ctx.date(episodes[i]?.DECOM);
        if (start !== undefined && start < ctx.collectionStart && (first < 0 || start < firstStart)) {
          first = i;
          firstStart = start;
        }
      }
      if (first < 0) continue;
      let lastStart: number | undefined;
      for (const j of lastByChild.get(child) ?? []) {
        const start = ctx.date(lastEpisodes[j]?.DECOM);
        if (start !== undefined && (lastStart === undefined || start > lastStart)) lastStart = start;
      }
      if (lastStart !== firstStart) yield { table: "Episodes", row: first, field: "DECOM" };
    }
  },
});
