import { defineRule } from "../rule";
import { episodeSummaries } from "../shared/episode-summary";

/**
 * 625: a mother's first child cannot be born after the end of the collection year, nor after the day the
 * mother ceased to be looked after (the end of her latest ended episode). Checked for children with an
 * ended episode; the Header record and that episode are flagged.
 * DfE SSDA903 validation rule 625 (Header: MC_DOB; Episodes: DEC).
 */
export const rule625 = defineRule({
  code: "625",
  tables: ["Episodes", "Header"],
  fields: ["MC_DOB", "DEC"],
  severity: "error",
  message:
    "The date of birth of the child's first child is after the end of the year or after the child ceased to be looked after; check the date.",
  *check(ctx) {
    const headerByChild = ctx.rowsByChild("Header");
    const births = ctx.dates("Header", "MC_DOB");
    const headers = new Set<number>();
    for (const [child, s] of episodeSummaries(ctx, "current")) {
      if (s.latestEndRow < 0) continue;
      let flag = false;
      for (const h of headerByChild.get(child) ?? []) {
        const born = births[h] as number;
        if (born > ctx.collectionEnd || born > s.latestEnd) {
          flag = true;
          headers.add(h);
        }
      }
      if (flag) yield { table: "Episodes", row: s.latestEndRow, field: "DEC" };
    }
    for (const h of headers) yield { table: "Header", row: h, field: "MC_DOB" };
  },
});
