import { defineRule } from "../rule";

/**
 * SW08STG2: only a child's latest social worker episode may be open (no end date); every earlier
 * one must have ended before a new one started. The latest episode is the one with the latest start
 * date (an episode with an unreadable start date counts as latest, as its order is unknown); episodes
 * without a child or a readable start date are left to other rules. An unreadable end date counts as
 * no end date. DfE SSDA903 validation rule SW08STG2 (SWEpisodes.SW_DEC, from 2023-24).
 */
export const ruleSW08STG2 = defineRule({
  code: "SW08STG2",
  from: "2023-24",
  tables: ["SWEpisodes"],
  fields: ["SW_DEC"],
  severity: "error",
  message:
    "A later social worker episode has started but this earlier one has no end date: add the date it ended.",
  *check(ctx) {
    const rows = ctx.table("SWEpisodes");
    const starts = ctx.dates("SWEpisodes", "SW_DECOM");
    const ends = ctx.dates("SWEpisodes", "SW_DEC");
    for (const list of ctx.rowsByChild("SWEpisodes").values()) {
      if (rows[list[0] as number]?.CHILD == null) continue;
      let latest = -1;
      let latestStart = Number.NEGATIVE_INFINITY;
      for (const i of list) {
        // An undated episode counts as the latest (NaN: blank or unreadable).
        const start = Number.isNaN(starts[i]) ? Number.POSITIVE_INFINITY : (starts[i] as number);
        if (start >= latestStart) {
          latest = i;
          latestStart = start;
        }
      }
      for (const i of list) {
        if (i === latest) continue;
        if (!Number.isNaN(starts[i]) && Number.isNaN(ends[i])) {
          yield { table: "SWEpisodes", row: i, field: "SW_DEC" };
        }
      }
    }
  },
});
