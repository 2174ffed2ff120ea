import { defineRule } from "../rule";

/**
 * 367: respite care (legal status V3) may total at most 75 days in a 12-month period. The days of the
 * child's V3 episodes that fall within the collection year are added up (an open episode runs to the
 * year end); every contributing episode is flagged when the total exceeds 75.
 * DfE SSDA903 validation rule 367 (Episodes.LS, Episodes.DECOM, Episodes.DEC).
 */
export const rule367 = defineRule({
  code: "367",
  tables: ["Episodes"],
  fields: ["LS", "DECOM", "DEC"],
  severity: "error",
  message:
    "The child's respite care (V3) adds up to more than 75 days in the year; check the dates or legal statuses.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      const counted: number[] = [];
      let total = 0;
      for (const row of rows) {
        const ep = episodes[row];
        if (ep?.LS !== "V3" || ep.DECOM == null) continue;
        let start = ctx.date(ep.DECOM);
        let end = ctx.date(ep.DEC);
        if (ep.DEC == null || (end !== undefined && end > ctx.collectionEnd)) end = ctx.collectionEnd;
        if (start !== undefined && start < ctx.collectionStart) start = ctx.collectionStart;
        if (start === undefined || end === undefined || end - start <= 0) continue;
        counted.push(row);
        total += end - start;
      }
      if (total > 75) for (const row of counted) yield { table: "Episodes", row, field: "LS" };
    }
  },
});
