import { defineRule } from "../rule";

/**
 * 581: a child cannot be missing before they started to be looked after: a missing record is flagged when
 * its start falls within none of the child's episodes (on or after the start, on or before the end, or
 * any time after the start of an open episode). A missing record with no readable start is flagged too;
 * a child with no episodes is left to other rules.
 * DfE SSDA903 validation rule 581 (Missing: MIS_START; Episodes: DECOM, DEC).
 */
export const rule581 = defineRule({
  code: "581",
  tables: ["Episodes", "Missing"],
  fields: ["MIS_START"],
  severity: "error",
  message:
    "The missing period does not start within any of the child's episodes of care; check the start date.",
  *check(ctx) {
    const missing = ctx.table("Missing");
    const episodes = ctx.table("Episodes");
    const episodesByChild = ctx.rowsByChild("Episodes");
    for (let m = 0; m < missing.length; m++) {
      const r = missing[m];
      const rows = episodesByChild.get(r?.CHILD ?? "");
      if (!r || !rows) continue;
      const start = ctx.date(r.MIS_START);
      const inEpisode =
        start !== undefined &&
        rows.some((i) => {
          const decom = ctx.date(episodes[i]?.DECOM);
          const dec = ctx.date(episodes[i]?.DEC);
          return decom !== undefined && start >= decom && (dec === undefined || start <= dec);
        });
      if (!inEpisode) yield { table: "Missing", row: m, field: "MIS_START" };
    }
  },
});
