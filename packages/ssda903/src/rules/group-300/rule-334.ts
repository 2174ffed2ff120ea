import { defineRule } from "../rule";
import { latestRow } from "./episode-order";

/**
 * 334: the start of the child's latest period of care (the latest episode with RNE "S") must be on or
 * before the date of the decision that the child should be placed for adoption.
 * DfE SSDA903 validation rule 334 (AD1.DATE_INT, Episodes.DECOM, Episodes.RNE).
 */
export const rule334 = defineRule({
  code: "334",
  tables: ["Episodes", "AD1"],
  fields: ["DATE_INT", "DECOM", "RNE"],
  severity: "error",
  message:
    "The decision that the child should be placed for adoption is dated before the start of the latest period of care.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const ad1 = ctx.table("AD1");
    const ad1ByChild = ctx.rowsByChild("AD1");
    for (const [child, rows] of ctx.rowsByChild("Episodes")) {
      const starts = rows.filter((r) => episodes[r]?.RNE === "S");
      const latest = latestRow(ctx, "Episodes", starts);
      if (latest === undefined) continue;
      const start = ctx.date(episodes[latest]?.DECOM) as number;
      for (const a of ad1ByChild.get(child) ?? []) {
        const decided = ctx.date(ad1[a]?.DATE_INT);
        if (decided !== undefined && decided < start) {
          yield { table: "Episodes", row: latest, field: "DECOM" };
          yield { table: "AD1", row: a, field: "DATE_INT" };
        }
      }
    }
  },
});
