import { defineRule } from "../rule";

/**
 * 575: when the episode a child went missing from has ended, the missing period must have an end date:
 * a missing record with no MIS_END whose start falls within an ended episode (on or after its start,
 * on or before its end) is flagged.
 * DfE SSDA903 validation rule 575 (Missing: MIS_START, MIS_END; Episodes: DECOM, DEC).
 */
export const rule575 = defineRule({
  code: "575",
  tables: ["Episodes", "Missing"],
  fields: ["MIS_END"],
  severity: "error",
  message: "The placement the child went missing from has ended, but the missing period has no end date.",
  *check(ctx) {
    const missing = ctx.table("Missing");
    const episodes = ctx.table("Episodes");
    const episodesByChild = ctx.rowsByChild("Episodes");
    for (let m = 0; m < missing.length; m++) {
      const r = missing[m];
      if (!r || r.MIS_END != null) continue;
      const start = ctx.date(r.MIS_START);
      if (start === undefined) continue;
      for (const i of episodesByChild.get(r.CHILD ?? "") ?? []) {
        const decom = ctx.date(episodes[i]?.DECOM);
        const dec = ctx.date(episodes[i]?.DEC);
        if (decom !== undefined && dec !== undefined && start >= decom && start <= dec) {
          yield { table: "Missing", row: m, field: "MIS_END" };
          break;
        }
      }
    }
  },
});
