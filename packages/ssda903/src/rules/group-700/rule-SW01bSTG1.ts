import { epochDayOf } from "../dmy-date";
import { defineRule } from "../rule";

/** 1 April 2023, when social worker episodes were first collected (SSDA903 2023-24). */
const SW_COLLECTION_BEGAN = epochDayOf(2023, 4, 1);

/**
 * SW01bSTG1: every social worker episode needs a real start date, and one that began on or after
 * 1 April 2023 needs the worker's identifier and the reason for the change of worker.
 * DfE SSDA903 validation rule SW01bSTG1 (from 2024-25; SW01aSTG1 covers earlier episodes).
 */
export const ruleSW01bSTG1 = defineRule({
  code: "SW01bSTG1",
  from: "2024-25",
  tables: ["SWEpisodes"],
  fields: ["SW_DECOM", "SW_ID", "SW_REASON"],
  severity: "error",
  message:
    "The social worker episode is incomplete: give a real start date and, for an episode that began on or after 1 April 2023, the social worker identifier and the reason for the change.",
  *check(ctx) {
    const rows = ctx.table("SWEpisodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (!r) continue;
      const start = ctx.date(r.SW_DECOM);
      if (start === undefined || (start >= SW_COLLECTION_BEGAN && (r.SW_ID == null || r.SW_REASON == null))) {
        yield { table: "SWEpisodes", row: i };
      }
    }
  },
});
