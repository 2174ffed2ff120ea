import { defineRule } from "../rule";

const RESPITE = new Set(["V3", "V4"]);
/** Long-term foster placements (U1 with relative or friend, U4 other foster carer). */
const LONG_TERM_FOSTERING = new Set(["U1", "U4"]);

/**
 * 384: a child receiving respite care (V3/V4) cannot be in a long-term foster placement (U1/U4).
 * DfE SSDA903 validation rule 384 (Episodes.PLACE, Episodes.LS).
 */
export const rule384 = defineRule({
  code: "384",
  tables: ["Episodes"],
  fields: ["PLACE", "LS"],
  severity: "error",
  message: "A child in respite care (V3 or V4) cannot be in a long-term foster placement (U1 or U4).",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (RESPITE.has(r?.LS ?? "") && LONG_TERM_FOSTERING.has(r?.PLACE ?? "")) {
        yield { table: "Episodes", row: i, field: "PLACE" };
      }
    }
  },
});
