import { defineRule } from "../rule";

/**
 * SW14STG2: every social worker episode of a child except the latest (by start date; an unreadable
 * start date counts as latest) must have an end date. An unreadable end date counts as blank.
 * DfE SSDA903 validation rule SW14STG2 (SWEpisodes.SW_DEC, 2023-24 only).
 */
export const ruleSW14STG2 = defineRule({
  code: "SW14STG2",
  from: "2023-24",
  until: "2023-24",
  tables: ["SWEpisodes"],
  fields: ["SW_DEC"],
  severity: "error",
  message: "This social worker episode is not the child's latest but has no end date: add the date it ended.",
  *check(ctx) {
    const rows = ctx.table("SWEpisodes");
    for (const list of ctx.rowsByChild("SWEpisodes").values()) {
      let latest = -1;
      let latestStart = Number.NEGATIVE_INFINITY;
      for (const i of list) {
        const start = ctx.date(rows[i]?.SW_DECOM) ?? Number.POSITIVE_INFINITY;
        if (start >= latestStart) {
          latest = i;
          latestStart = start;
        }
      }
      for (const i of list) {
        if (i !== latest && ctx.date(rows[i]?.SW_DEC) === undefined)
          yield { table: "SWEpisodes", row: i, field: "SW_DEC" };
      }
    }
  },
});
