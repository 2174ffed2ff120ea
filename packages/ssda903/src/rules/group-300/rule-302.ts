import { defineRule, type FlagOn } from "../rule";
import { episodeSequence } from "../shared/episode-sequence";

/**
 * 302: the child's earliest episode in the return cannot start before the child's date of birth.
 * DfE SSDA903 validation rule 302 (Episodes.DECOM, Header.DOB).
 */
export const rule302 = defineRule({
  code: "302",
  tables: ["Episodes", "Header"],
  fields: ["DECOM", "DOB"],
  severity: "error",
  message: "The child's first episode starts before the date of birth; check both dates.",
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const header = ctx.table("Header");
    const headerByChild = ctx.rowsByChild("Header");
    const { order, bounds, start } = episodeSequence(ctx);
    const flags: FlagOn<"Episodes" | "Header">[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) {
      const first = order[bounds[c] as number] as number;
      const day = start[first] as number;
      const child = episodes[first]?.CHILD;
      if (Number.isNaN(day) || child == null) continue;
      for (const h of headerByChild.get(child) ?? []) {
        const dob = ctx.date(header[h]?.DOB);
        if (dob !== undefined && dob > day) {
          flags.push(
            { table: "Episodes", row: first, field: "DECOM" },
            { table: "Header", row: h, field: "DOB" },
          );
        }
      }
    }
    return flags;
  },
});
