import { defineRule } from "../rule";
import { childrenLookedAfterAtEnd } from "./looked-after-at-end";

/**
 * SW17STG2: a child's latest social worker episode (the one with the latest start date) must still
 * be open at 31 March, so it must have no end date; a looked-after child always has a social worker.
 * When the Episodes table is sent, only children still looked after at 31 March (an episode with no
 * end date) are checked, since a child who left care may have had their social worker episode closed.
 * DfE SSDA903 validation rule SW17STG2 (SWEpisodes.SW_DEC, from 2025-26).
 */
export const ruleSW17STG2 = defineRule({
  code: "SW17STG2",
  from: "2025-26",
  tables: ["SWEpisodes"],
  optionalTables: ["Episodes"],
  fields: ["SW_DEC", "SW_DECOM"],
  severity: "error",
  message:
    "The child's latest social worker episode has an end date, so no social worker episode is open at 31 March: add the current episode or remove the end date.",
  *check(ctx) {
    const rows = ctx.table("SWEpisodes");
    const starts = ctx.dates("SWEpisodes", "SW_DECOM");
    const lookedAfter = ctx.has("Episodes") ? childrenLookedAfterAtEnd(ctx) : undefined;
    for (const [child, list] of ctx.rowsByChild("SWEpisodes")) {
      if (lookedAfter && !lookedAfter.has(child)) continue;
      let latest = list[0] as number;
      let latestStart = Number.isNaN(starts[latest]) ? Number.NEGATIVE_INFINITY : (starts[latest] as number);
      for (const i of list) {
        const start = starts[i] as number;
        if (start > latestStart) {
          latest = i;
          latestStart = start;
        }
      }
      if (rows[latest]?.SW_DEC != null) yield { table: "SWEpisodes", row: latest, field: "SW_DEC" };
    }
  },
});
