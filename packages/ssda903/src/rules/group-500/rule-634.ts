import { epochDayOf } from "../dmy-date";
import { defineRule } from "../rule";
import { episodeSummaries } from "../shared/episode-summary";

/** Previous permanence is collected for children starting care from 1 April 2016 (DfE SSDA903 rule 634). */
const FIRST_COLLECTED = epochDayOf(2016, 4, 1);

/**
 * 634: previous permanence information (PREV_PERM, LA_PERM or DATE_PERM) is collected only for children
 * who started to be looked after from 1 April 2016 onwards: a PrevPerm record with any of them completed,
 * for a child whose latest episode started before that day, is flagged with the child's episodes. We follow
 * the DfE rule's date; the reference validator compares with the start of the collection year instead,
 * which flags most children in care from earlier years (its own test uses a year starting 1 April 2016, so
 * both readings agree on it).
 * DfE SSDA903 validation rule 634 (PrevPerm: LA_PERM, PREV_PERM, DATE_PERM; Episodes: DECOM).
 */
export const rule634 = defineRule({
  code: "634",
  tables: ["Episodes", "PrevPerm"],
  fields: ["LA_PERM", "PREV_PERM", "DATE_PERM", "DECOM"],
  severity: "error",
  message:
    "Previous permanence information is given, but the child has not started to be looked after since 1 April 2016; leave it blank.",
  *check(ctx) {
    const episodesByChild = ctx.rowsByChild("Episodes");
    const summaries = episodeSummaries(ctx, "current");
    const prev = ctx.table("PrevPerm");
    const flaggedEpisodes = new Set<number>();
    for (let p = 0; p < prev.length; p++) {
      const r = prev[p];
      if (!r || (r.PREV_PERM == null && r.DATE_PERM == null && r.LA_PERM == null)) continue;
      const s = summaries.get(r.CHILD ?? "");
      if (!s || s.latestStartRow < 0 || s.latestStart >= FIRST_COLLECTED) continue;
      yield { table: "PrevPerm", row: p };
      for (const i of episodesByChild.get(r.CHILD ?? "") ?? []) flaggedEpisodes.add(i);
    }
    for (const i of flaggedEpisodes) yield { table: "Episodes", row: i, field: "DECOM" };
  },
});
