import { defineRule } from "../rule";

/**
 * SW09STG2: a social worker episode that ends on the day it began lasted less than 24 hours, which
 * is not a social worker episode to report. The two dates are compared as written.
 * DfE SSDA903 validation rule SW09STG2 (SWEpisodes.SW_DECOM, SW_DEC, from 2023-24).
 */
export const ruleSW09STG2 = defineRule({
  code: "SW09STG2",
  from: "2023-24",
  tables: ["SWEpisodes"],
  fields: ["SW_DECOM", "SW_DEC"],
  severity: "error",
  message:
    "The social worker episode ends on the day it began: remove episodes shorter than a day or correct the dates.",
  *check(ctx) {
    const rows = ctx.table("SWEpisodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r?.SW_DEC != null && r.SW_DEC === r.SW_DECOM) yield { table: "SWEpisodes", row: i };
    }
  },
});
