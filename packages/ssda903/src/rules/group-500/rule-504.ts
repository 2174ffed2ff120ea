import { defineRule } from "../rule";
import { differs, sortedByDate } from "./pandas-compare";

/**
 * 504: when an episode ends with REC X1 (the period of care carries on in a new episode) on the day the
 * next episode starts, the category of need must stay the same: it is set at the start of the period of
 * care. Blank on either side counts as different.
 * DfE SSDA903 validation rule 504 (Episodes: CIN).
 */
export const rule504 = defineRule({
  code: "504",
  tables: ["Episodes"],
  fields: ["CIN"],
  severity: "error",
  message:
    "The category of need changes within one period of care; it should stay as recorded at the start of the period of being looked after.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    const decom = (i: number) => ctx.date(episodes[i]?.DECOM);
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      if (rows.length < 2) continue;
      const ordered = sortedByDate(rows, decom);
      for (let k = 1; k < ordered.length; k++) {
        const cur = episodes[ordered[k] as number];
        const prev = episodes[ordered[k - 1] as number];
        if (!cur || !prev || prev.REC !== "X1") continue;
        const prevEnd = ctx.date(prev.DEC);
        if (prevEnd === undefined || prevEnd !== decom(ordered[k] as number)) continue;
        if (differs(cur.CIN, prev.CIN)) yield { table: "Episodes", row: ordered[k] as number, field: "CIN" };
      }
    }
  },
});
