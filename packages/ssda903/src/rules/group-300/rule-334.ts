import { defineRule } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

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
    const { order, bounds, start: startOf } = episodeSequence(ctx);
    for (let c = 0; c + 1 < bounds.length; c++) {
      // The latest-starting "S" episode (the first of equal latest dates, in file order).
      let latest = -1;
      let start = Number.NEGATIVE_INFINITY;
      for (let k = bounds[c] as number; k < (bounds[c + 1] as number); k++) {
        const row = order[k] as number;
        if (episodes[row]?.RNE === "S" && (startOf[row] as number) > start) {
          start = startOf[row] as number;
          latest = row;
        }
      }
      const child = episodes[latest]?.CHILD;
      if (latest < 0 || child == null) continue;
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
