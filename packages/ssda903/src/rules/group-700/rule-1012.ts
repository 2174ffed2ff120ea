import { defineRule } from "../rule";

/** The tables whose records are about a child's time in care this year. */
const IN_CARE_TABLES = ["PlacedAdoption", "Missing", "Reviews", "AD1", "PrevPerm", "OC2"] as const;

/**
 * 1012: a child with no episodes this year (for example a care leaver with only an OC3 record)
 * cannot have adoption, missing, review, previous permanence or OC2 records this year. Tables not
 * sent are passed over. DfE SSDA903 validation rule 1012 (CHILD).
 */
export const rule1012 = defineRule({
  code: "1012",
  tables: ["Episodes"],
  optionalTables: IN_CARE_TABLES,
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child has no episodes this year, so no other looked-after information should be returned for them: add the episodes or remove the record.",
  *check(ctx) {
    const episodes = ctx.rowsByChild("Episodes");
    for (const table of IN_CARE_TABLES) {
      const rows = ctx.table(table);
      for (let i = 0; i < rows.length; i++) {
        if (!episodes.has(rows[i]?.CHILD ?? "")) yield { table, row: i, field: "CHILD" };
      }
    }
  },
});
