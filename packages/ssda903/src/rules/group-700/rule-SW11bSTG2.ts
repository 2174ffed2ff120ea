import { defineRule } from "../rule";
import { sortedByDate } from "../shared/sorted-by-date";
import { childrenLookedAfterAtEnd } from "./looked-after-at-end";

/** The last days of the collection year in which an episode that ends must be followed by another. */
const WINDOW_DAYS = 5;

/**
 * SW11bSTG2: a social worker episode that ended in the last five days of the collection year (on or
 * after 26 March and on or before 31 March) must be followed by a social worker episode with a start
 * date, as a looked-after child always has a social worker. Taking the child's episodes in order of
 * end date (open episodes last), the episode is flagged when it is the child's last, and the next
 * episode is flagged when it has no readable start date. When the Episodes table is sent, only
 * children still looked after at 31 March are checked: a child who left care needs no new worker.
 * DfE SSDA903 validation rule SW11bSTG2 (SWEpisodes.SW_DEC, from 2023-24).
 */
export const ruleSW11bSTG2 = defineRule({
  code: "SW11bSTG2",
  from: "2023-24",
  tables: ["SWEpisodes"],
  optionalTables: ["Episodes"],
  fields: ["SW_DEC"],
  severity: "error",
  message:
    "A social worker episode ended in the last days before 31 March but no following social worker episode with a start date is reported: add the next episode or its start date.",
  *check(ctx) {
    const starts = ctx.dates("SWEpisodes", "SW_DECOM");
    const ends = ctx.dates("SWEpisodes", "SW_DEC");
    const to = ctx.collectionEnd;
    const from = ctx.collectionEnd - WINDOW_DAYS;
    const lookedAfter = ctx.has("Episodes") ? childrenLookedAfterAtEnd(ctx) : undefined;
    for (const [child, list] of ctx.rowsByChild("SWEpisodes")) {
      if (lookedAfter && !lookedAfter.has(child)) continue;
      // Most children have no episode ending in the window: skip the ordering for them.
      let inWindow = false;
      for (const i of list) {
        const ended = ends[i] as number;
        if (ended >= from && ended <= to) {
          inWindow = true;
          break;
        }
      }
      if (!inWindow) continue;
      const byStart = sortedByDate(list, (i) => starts[i]);
      const ordered = sortedByDate(byStart, (i) => ends[i]);
      for (let k = 0; k < ordered.length; k++) {
        const i = ordered[k] as number;
        const ended = ends[i] as number;
        if (Number.isNaN(ended) || ended < from || ended > to) continue;
        const next = ordered[k + 1];
        if (next === undefined) yield { table: "SWEpisodes", row: i, field: "SW_DEC" };
        else if (Number.isNaN(starts[next])) yield { table: "SWEpisodes", row: next, field: "SW_DECOM" };
      }
    }
  },
});
