import { defineRule } from "../rule";

const ADOPTED = new Set(["E11", "E12"]);
/** Placed for adoption (A3–A6), the placements an adoption can end. */
const PLACED_FOR_ADOPTION = new Set(["A3", "A4", "A5", "A6"]);

/**
 * 390: an episode ending in adoption (REC E11/E12) must be an adoption placement (PLACE A3–A6).
 * DfE SSDA903 validation rule 390 (Episodes.PLACE, Episodes.REC).
 */
export const rule390 = defineRule({
  code: "390",
  tables: ["Episodes"],
  fields: ["PLACE", "REC"],
  severity: "error",
  message: "The episode ended in adoption, but the child was not in an adoption placement (A3–A6).",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (ADOPTED.has(r?.REC ?? "") && !PLACED_FOR_ADOPTION.has(r?.PLACE ?? "")) {
        yield { table: "Episodes", row: i, field: "PLACE" };
      }
    }
  },
});
