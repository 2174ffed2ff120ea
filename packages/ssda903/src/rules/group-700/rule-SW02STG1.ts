import { defineRule } from "../rule";

/**
 * SW02STG1: a social worker identifier must begin with `SW` (a social worker's DfE reference
 * number) or `XX` (the placeholder for an unknown worker), in capitals; a blank one fails too.
 * DfE SSDA903 validation rule SW02STG1 (SWEpisodes.SW_ID, from 2023-24).
 */
export const ruleSW02STG1 = defineRule({
  code: "SW02STG1",
  from: "2023-24",
  tables: ["SWEpisodes"],
  fields: ["SW_ID"],
  severity: "error",
  message:
    "The social worker identifier must begin with the capital letters SW, or XX when the worker is not known.",
  *check(ctx) {
    const rows = ctx.table("SWEpisodes");
    for (let i = 0; i < rows.length; i++) {
      const id = rows[i]?.SW_ID;
      if (id == null || !(id.startsWith("SW") || id.startsWith("XX"))) {
        yield { table: "SWEpisodes", row: i, field: "SW_ID" };
      }
    }
  },
});
