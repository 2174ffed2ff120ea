import { defineRule } from "../rule";

/** Placed for adoption with a placement order (A5 with current foster carer, A6 other). */
const ADOPTION_WITH_PLACEMENT_ORDER = new Set(["A5", "A6"]);

/**
 * 408: a child placed for adoption with a placement order (PLACE A5/A6) must be under a placement
 * order (LS E1).
 * DfE SSDA903 validation rule 408 (Episodes.PLACE, Episodes.LS).
 */
export const rule408 = defineRule({
  code: "408",
  tables: ["Episodes"],
  fields: ["PLACE", "LS"],
  severity: "error",
  message:
    "The child is placed for adoption with a placement order (A5/A6) but the legal status is not a placement order (E1).",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (ADOPTION_WITH_PLACEMENT_ORDER.has(r?.PLACE ?? "") && r?.LS !== "E1")
        yield { table: "Episodes", row: i, field: "LS" };
    }
  },
});
