import { defineRule } from "../rule";

/**
 * SW06STG2: a social worker episode cannot begin after the end of the collection year (31 March);
 * blank or unreadable start dates are left to SW04STG1.
 * DfE SSDA903 validation rule SW06STG2 (SWEpisodes.SW_DECOM, from 2023-24).
 */
export const ruleSW06STG2 = defineRule({
  code: "SW06STG2",
  from: "2023-24",
  tables: ["SWEpisodes"],
  fields: ["SW_DECOM"],
  severity: "error",
  message: "The social worker episode starts after the end of the collection year: correct the start date.",
  *check(ctx) {
    const rows = ctx.table("SWEpisodes");
    for (let i = 0; i < rows.length; i++) {
      const start = ctx.date(rows[i]?.SW_DECOM);
      if (start !== undefined && start > ctx.collectionEnd)
        yield { table: "SWEpisodes", row: i, field: "SW_DECOM" };
    }
  },
});
