import { defineRule } from "../rule";
import { sortedByDate } from "../shared/sorted-by-date";

/** Days either side of the previous episode's end within which the next episode should start. */
const TOLERANCE_DAYS = 5;

/**
 * SW11aSTG2: when a social worker episode ended more than five days before the end of the
 * collection year, the child's next social worker episode (in order of start date) must start
 * within five days either side of that end. The next episode is flagged when its start date is
 * missing or falls outside that window. DfE SSDA903 validation rule SW11aSTG2 (2023-24 only).
 */
export const ruleSW11aSTG2 = defineRule({
  code: "SW11aSTG2",
  from: "2023-24",
  until: "2023-24",
  tables: ["SWEpisodes"],
  fields: ["SW_DEC"],
  severity: "error",
  message:
    "A social worker episode ended before 31 March but the next social worker episode does not start within five days of it: add the next episode or correct its start date.",
  *check(ctx) {
    const rows = ctx.table("SWEpisodes");
    const cutoff = ctx.collectionEnd - TOLERANCE_DAYS;
    for (const list of ctx.rowsByChild("SWEpisodes").values()) {
      if (list.length < 2) continue;
      const ordered = sortedByDate(list, (i) => ctx.date(rows[i]?.SW_DECOM));
      for (let k = 1; k < ordered.length; k++) {
        const previousEnd = ctx.date(rows[ordered[k - 1] as number]?.SW_DEC);
        if (previousEnd === undefined || previousEnd > cutoff) continue;
        const i = ordered[k] as number;
        const start = ctx.date(rows[i]?.SW_DECOM);
        if (
          start === undefined ||
          start < previousEnd - TOLERANCE_DAYS ||
          start > previousEnd + TOLERANCE_DAYS
        ) {
          yield { table: "SWEpisodes", row: i, field: "SW_DECOM" };
        }
      }
    }
  },
});
