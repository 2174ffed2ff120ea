import { defineRule, type FlagOn } from "../rule";

const RESPITE = new Set(["V3", "V4"]);

/**
 * 442: a child with any episode not under respite (V3/V4) must have a Unique Pupil Number or one of
 * the UN reason codes.
 * DfE SSDA903 validation rule 442 (Header.UPN, Episodes.LS).
 */
export const rule442 = defineRule({
  code: "442",
  tables: ["Episodes", "Header"],
  fields: ["UPN"],
  severity: "error",
  message:
    "The Unique Pupil Number is blank for a looked-after child; give the UPN or the UN code explaining why there is none.",
  check(ctx) {
    const episodes = ctx.table("Episodes");
    const episodesByChild = ctx.rowsByChild("Episodes");
    const header = ctx.table("Header");
    const flags: FlagOn<"Episodes" | "Header">[] = [];
    for (let h = 0; h < header.length; h++) {
      const r = header[h];
      if (r?.UPN != null || r?.CHILD == null) continue;
      const rows = episodesByChild.get(r.CHILD);
      if (rows?.some((e) => !RESPITE.has(episodes[e]?.LS ?? "")))
        flags.push({ table: "Header", row: h, field: "UPN" });
    }
    return flags;
  },
});
