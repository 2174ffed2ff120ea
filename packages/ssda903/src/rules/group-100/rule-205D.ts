import { defineRule } from "../rule";
import { uascChildrenOf } from "../shared/uasc-status";

/**
 * 205D: a child who is UASC this year and was in last year's return must have been UASC last year too
 * (a child cannot become UASC while looked after). The child's Header record is flagged, or their UASC
 * record when no Header was sent. DfE SSDA903 validation rule 205D (Header.UASC; last year's return).
 */
export const rule205D = defineRule({
  code: "205D",
  tables: [],
  optionalTables: ["Header", "UASC"],
  fields: ["UASC", "CHILD"],
  severity: "error",
  message:
    "The child is an unaccompanied asylum-seeking child this year but was in last year's return without being one.",
  needs: ["previous"],
  *check(ctx) {
    const previous = ctx.previous;
    if (!previous || !(previous.has("Header") || previous.has("UASC"))) return;
    const lastChildren = previous.has("Header")
      ? previous.rowsByChild("Header")
      : previous.rowsByChild("UASC");
    const lastUasc = uascChildrenOf(previous, "beyond-dob");
    const nowUasc = uascChildrenOf(ctx, "beyond-dob");
    if (!nowUasc) return;
    const table = ctx.has("Header") ? "Header" : "UASC";
    const rows = ctx.table(table);
    for (let i = 0; i < rows.length; i++) {
      const child = rows[i]?.CHILD;
      if (child == null || !nowUasc.has(child)) continue;
      if (lastChildren.has(child) && !lastUasc?.has(child)) yield { table, row: i, field: "CHILD" };
    }
  },
});
