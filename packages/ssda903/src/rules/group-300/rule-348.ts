import { defineRule } from "../rule";

/**
 * 348: a care leaver reported as having died in last year's return must still be reported as died.
 * In force from 2025-26; needs the previous year's return.
 * DfE SSDA903 validation rule 348 (OC3.IN_TOUCH).
 */
export const rule348 = defineRule({
  code: "348",
  from: "2025-26",
  tables: ["OC3"],
  fields: ["IN_TOUCH"],
  severity: "error",
  message: "Last year's return recorded this care leaver as having died, but this year's does not.",
  needs: ["previous"],
  *check(ctx) {
    const previous = ctx.previous;
    if (!previous?.has("OC3")) return;
    const last = previous.table("OC3");
    const lastByChild = previous.rowsByChild("OC3");
    const rows = ctx.table("OC3");
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]?.IN_TOUCH === "DIED") continue;
      const before = lastByChild.get(rows[i]?.CHILD ?? "") ?? [];
      if (before.some((r) => last[r]?.IN_TOUCH === "DIED")) yield { table: "OC3", row: i, field: "IN_TOUCH" };
    }
  },
});
