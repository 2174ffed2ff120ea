import { defineRule, type FlagOn } from "../rule";
import { sexCodesIn } from "../shared/code-groups";
import { isShortBreak } from "../shared/short-breaks";

/**
 * 393: for a looked-after girl (any episode not under respite V3/V4) the MOTHER field must be
 * completed. Sex is coded 2 for female until 2023-24 and F from 2024-25.
 * DfE SSDA903 validation rule 393 (Header.MOTHER, Header.SEX, Episodes.LS).
 */
export const rule393 = defineRule({
  code: "393",
  tables: ["Header", "Episodes"],
  fields: ["MOTHER"],
  severity: "error",
  message: "The MOTHER field is blank for a looked-after girl; record whether she is a mother.",
  check(ctx) {
    const { female } = sexCodesIn(ctx.collectionYear);
    const episodes = ctx.table("Episodes");
    const episodesByChild = ctx.rowsByChild("Episodes");
    const header = ctx.table("Header");
    const flags: FlagOn<"Header" | "Episodes">[] = [];
    for (let h = 0; h < header.length; h++) {
      const r = header[h];
      if (r?.SEX !== female || r.MOTHER != null || r.CHILD == null) continue;
      const rows = episodesByChild.get(r.CHILD);
      if (rows?.some((e) => !isShortBreak(episodes[e]?.LS))) {
        flags.push({ table: "Header", row: h, field: "MOTHER" });
      }
    }
    return flags;
  },
});
