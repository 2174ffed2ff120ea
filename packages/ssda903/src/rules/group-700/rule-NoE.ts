import { defineRule } from "../rule";

/**
 * NoE: an episode that began before this collection year means the child was looked after last
 * year, so the child must have episodes in last year's return. Needs last year's return.
 * DfE SSDA903 validation rule NoE (Episodes.DECOM).
 */
export const ruleNoE = defineRule({
  code: "NoE",
  tables: ["Episodes"],
  fields: ["DECOM"],
  severity: "error",
  message:
    "This episode began before the collection year but the child has no episodes in last year's return: check the start date or last year's return.",
  needs: ["previous"],
  *check(ctx) {
    const last = ctx.previous?.rowsByChild("Episodes");
    if (!last) return;
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const start = ctx.date(rows[i]?.DECOM);
      if (start !== undefined && start < ctx.collectionStart && !last.has(rows[i]?.CHILD ?? "")) {
        yield { table: "Episodes", row: i, field: "DECOM" };
      }
    }
  },
});
