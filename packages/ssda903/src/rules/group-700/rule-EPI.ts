import { defineRule } from "../rule";

/**
 * EPI: a child in the Header must have episodes (or, as a care leaver, an OC3 record) before the
 * rest of their record can be checked. DfE SSDA903 validation rule EPI (a warning in the DfE
 * portal; the Episodes and OC3 tables count as empty when not sent).
 */
export const ruleEPI = defineRule({
  code: "EPI",
  tables: ["Header"],
  optionalTables: ["Episodes", "OC3"],
  fields: ["CHILD"],
  severity: "error",
  message:
    "This child has no episodes and no care leaver (OC3) record: load the child's episodes so the record can be checked.",
  *check(ctx) {
    const episodes = ctx.rowsByChild("Episodes");
    const oc3 = ctx.rowsByChild("OC3");
    const rows = ctx.table("Header");
    for (let i = 0; i < rows.length; i++) {
      const child = rows[i]?.CHILD ?? "";
      if (!episodes.has(child) && !oc3.has(child)) yield { table: "Header", row: i, field: "CHILD" };
    }
  },
});
