import { defineRule } from "../rule";

/**
 * SW03STG1: every social worker episode must give the worker's identifier, the date the episode
 * began and the reason for the change of worker. DfE SSDA903 validation rule SW03STG1 (2023-24
 * only; split into SW01aSTG1 and SW01bSTG1 from 2024-25).
 */
export const ruleSW03STG1 = defineRule({
  code: "SW03STG1",
  from: "2023-24",
  until: "2023-24",
  tables: ["SWEpisodes"],
  fields: ["SW_ID", "SW_DECOM", "SW_REASON"],
  severity: "error",
  message:
    "The social worker episode is incomplete: give the social worker identifier, the start date and the reason for the change.",
  *check(ctx) {
    const rows = ctx.table("SWEpisodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r && (r.SW_ID == null || r.SW_DECOM == null || r.SW_REASON == null)) {
        yield { table: "SWEpisodes", row: i };
      }
    }
  },
});
