import { defineRule } from "../rule";
import { isValidPartialDate } from "./partial-date";

/**
 * SW04STG1: the date a social worker episode began must be a real date, where an unknown day or
 * month may be written `ZZ` and an unknown year `ZZZZ`. A blank start date is left to SW01aSTG1/SW01bSTG1
 * (SW03STG1 in 2023-24), which require it.
 * DfE SSDA903 validation rule SW04STG1 (SWEpisodes.SW_DECOM, from 2023-24).
 */
export const ruleSW04STG1 = defineRule({
  code: "SW04STG1",
  from: "2023-24",
  tables: ["SWEpisodes"],
  fields: ["SW_DECOM"],
  severity: "error",
  message:
    "The social worker episode start date is not a real date in dd/mm/yyyy form (ZZ may stand for an unknown day or month, ZZZZ for an unknown year).",
  *check(ctx) {
    const rows = ctx.table("SWEpisodes");
    for (let i = 0; i < rows.length; i++) {
      const start = rows[i]?.SW_DECOM;
      if (start != null && !isValidPartialDate(start, ctx.date))
        yield { table: "SWEpisodes", row: i, field: "SW_DECOM" };
    }
  },
});
