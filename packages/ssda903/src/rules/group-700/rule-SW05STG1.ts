import { defineRule } from "../rule";
import { isValidPartialDate } from "./partial-date";

/**
 * SW05STG1: when a social worker episode has an end date it must be a real date, where an unknown
 * day or month may be written `ZZ` and an unknown year `ZZZZ`; a blank end date (an open episode)
 * passes. DfE SSDA903 validation rule SW05STG1 (SWEpisodes.SW_DEC, from 2023-24).
 */
export const ruleSW05STG1 = defineRule({
  code: "SW05STG1",
  from: "2023-24",
  tables: ["SWEpisodes"],
  fields: ["SW_DEC"],
  severity: "error",
  message:
    "The social worker episode end date is not a real date in dd/mm/yyyy form (ZZ may stand for an unknown day or month, ZZZZ for an unknown year).",
  *check(ctx) {
    const rows = ctx.table("SWEpisodes");
    for (let i = 0; i < rows.length; i++) {
      const end = rows[i]?.SW_DEC;
      if (end != null && !isValidPartialDate(end, ctx.date))
        yield { table: "SWEpisodes", row: i, field: "SW_DEC" };
    }
  },
});
