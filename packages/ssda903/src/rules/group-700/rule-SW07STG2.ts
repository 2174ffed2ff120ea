import { addYearsDay } from "../dmy-date";
import { defineRule } from "../rule";

/**
 * SW07STG2: a social worker episode's end date must fall in the social worker reporting period. In
 * 2023-24, the first year social worker episodes were collected, that is the collection year; from
 * 2024-25 the period starts a year before the collection year, because episodes of the previous
 * year are reported too (see SW12STG2). It always ends on 31 March of the collection year.
 * DfE SSDA903 validation rule SW07STG2 (SWEpisodes.SW_DEC, from 2023-24).
 */
export const ruleSW07STG2 = defineRule({
  code: "SW07STG2",
  from: "2023-24",
  tables: ["SWEpisodes"],
  fields: ["SW_DEC"],
  severity: "error",
  message:
    "The social worker episode end date is outside the social worker reporting period: correct the end date.",
  *check(ctx) {
    const from =
      ctx.collectionYear === "2023-24" ? ctx.collectionStart : addYearsDay(ctx.collectionStart, -1);
    const rows = ctx.table("SWEpisodes");
    for (let i = 0; i < rows.length; i++) {
      const end = ctx.date(rows[i]?.SW_DEC);
      if (end !== undefined && (end < from || end > ctx.collectionEnd)) {
        yield { table: "SWEpisodes", row: i, field: "SW_DEC" };
      }
    }
  },
});
