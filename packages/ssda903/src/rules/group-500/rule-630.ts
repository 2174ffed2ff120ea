import { defineRule } from "../rule";

/**
 * 630: a child who started a new period of care during the year (an episode with RNE S starting on or
 * after 1 April) must have previous permanence information: a PrevPerm record with PREV_PERM given, and,
 * unless PREV_PERM is Z1 (no previous permanence), LA_PERM and DATE_PERM too.
 * DfE SSDA903 validation rule 630 (Episodes: RNE, DECOM; PrevPerm).
 */
export const rule630 = defineRule({
  code: "630",
  tables: ["Episodes", "PrevPerm"],
  fields: ["RNE"],
  severity: "error",
  message:
    "The child started to be looked after this year, but previous permanence information is missing or incomplete.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const prev = ctx.table("PrevPerm");
    const prevByChild = ctx.rowsByChild("PrevPerm");
    const starts = ctx.dates("Episodes", "DECOM");
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i];
      if (e?.RNE !== "S") continue;
      const start = starts[i] as number;
      if (Number.isNaN(start) || start < ctx.collectionStart) continue;
      const records = prevByChild.get(e.CHILD ?? "");
      const bad =
        !records ||
        records.some((p) => {
          const r = prev[p];
          if (!r) return false;
          return r.PREV_PERM == null || (r.PREV_PERM !== "Z1" && (r.LA_PERM == null || r.DATE_PERM == null));
        });
      if (bad) yield { table: "Episodes", row: i, field: "RNE" };
    }
  },
});
