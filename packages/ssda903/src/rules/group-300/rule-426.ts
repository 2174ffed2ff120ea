import { defineRule } from "../rule";

/**
 * 426: a child's respite must be recorded under one respite legal status in a year: V3 (single
 * short breaks) and V4 (a series of short breaks) cannot both appear for the same child.
 * DfE SSDA903 validation rule 426 (Episodes.LS).
 */
export const rule426 = defineRule({
  code: "426",
  tables: ["Episodes"],
  fields: ["LS"],
  severity: "error",
  message: "The child has respite under both V3 and V4 in the same year; use one respite legal status.",
  *check(ctx) {
    const episodes = ctx.table("Episodes");
    for (const rows of ctx.rowsByChild("Episodes").values()) {
      const hasV3 = rows.some((r) => episodes[r]?.LS === "V3");
      if (!hasV3 || !rows.some((r) => episodes[r]?.LS === "V4")) continue;
      for (const row of rows) {
        const ls = episodes[row]?.LS;
        if (ls === "V3" || ls === "V4") yield { table: "Episodes", row, field: "LS" };
      }
    }
  },
});
