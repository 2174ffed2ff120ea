import { defineRule } from "../rule";

/**
 * 1010: a care leaver (OC3 record) whose latest episode in last year's return was still open at the
 * end of that year must have episodes in this year's return too. The latest episode is the one with
 * the latest readable start date. Needs last year's return.
 * DfE SSDA903 validation rule 1010 (OC3.IN_TOUCH, ACTIV, ACCOM).
 */
export const rule1010 = defineRule({
  code: "1010",
  tables: ["Episodes", "OC3"],
  fields: ["IN_TOUCH", "ACTIV", "ACCOM"],
  severity: "error",
  message:
    "This child's episode of care was open at the end of last year, but the child has no episodes this year and has care leaver information: add this year's episodes.",
  needs: ["previous"],
  *check(ctx) {
    const previous = ctx.previous;
    if (!previous) return;
    const lastRows = previous.table("Episodes");
    const lastByChild = previous.rowsByChild("Episodes");
    const current = ctx.rowsByChild("Episodes");
    const oc3 = ctx.table("OC3");
    for (let i = 0; i < oc3.length; i++) {
      const child = oc3[i]?.CHILD ?? "";
      if (current.has(child)) continue;
      let latest = -1;
      let latestStart = Number.NEGATIVE_INFINITY;
      for (const e of lastByChild.get(child) ?? []) {
        const start = ctx.date(lastRows[e]?.DECOM);
        if (start !== undefined && start >= latestStart) {
          latest = e;
          latestStart = start;
        }
      }
      if (latest >= 0 && lastRows[latest]?.DEC == null) yield { table: "OC3", row: i };
    }
  },
});
