import { defineRule } from "../rule";
import { sortedByDate } from "../shared/sorted-by-date";

/** Days either side of the previous episode's end within which the next episode may start. */
const TOLERANCE_DAYS = 7;

/**
 * SW10STG2: each of a child's social worker episodes (in order of start date, then end date) must
 * start within seven days either side of the end of the episode before it. From 2024-25 an episode
 * whose reason is FCONTA (first contact or re-referral) may start any time later, as the child may
 * have had no social worker in between. A missing or unreadable start or previous end date fails.
 * DfE SSDA903 validation rule SW10STG2 (SWEpisodes.SW_DECOM, from 2023-24).
 */
export const ruleSW10STG2 = defineRule({
  code: "SW10STG2",
  from: "2023-24",
  tables: ["SWEpisodes"],
  fields: ["SW_DECOM"],
  severity: "error",
  message:
    "The social worker episode does not start within seven days of the end of the child's previous social worker episode: correct the dates.",
  *check(ctx) {
    const rows = ctx.table("SWEpisodes");
    const fcontaExempt = ctx.collectionYear !== "2023-24";
    for (const list of ctx.rowsByChild("SWEpisodes").values()) {
      if (list.length < 2) continue;
      // Sort by start date, ties by end date (missing dates last), as the DfE orders episodes.
      const byEnd = sortedByDate(list, (i) => ctx.date(rows[i]?.SW_DEC));
      const ordered = sortedByDate(byEnd, (i) => ctx.date(rows[i]?.SW_DECOM));
      for (let k = 1; k < ordered.length; k++) {
        const i = ordered[k] as number;
        const r = rows[i];
        if (fcontaExempt && r?.SW_REASON === "FCONTA") continue;
        const start = ctx.date(r?.SW_DECOM);
        const previousEnd = ctx.date(rows[ordered[k - 1] as number]?.SW_DEC);
        if (
          start === undefined ||
          previousEnd === undefined ||
          start < previousEnd - TOLERANCE_DAYS ||
          start > previousEnd + TOLERANCE_DAYS
        ) {
          yield { table: "SWEpisodes", row: i, field: "SW_DECOM" };
        }
      }
    }
  },
});
