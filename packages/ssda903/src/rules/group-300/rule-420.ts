import { defineRule } from "../rule";

const RESPITE = new Set(["V3", "V4"]);

/**
 * 420: the local authority of placement (PL_LA) is not returned for respite episodes (V3/V4).
 * DfE SSDA903 validation rule 420 (Episodes.PL_LA, Episodes.LS).
 */
export const rule420 = defineRule({
  code: "420",
  tables: ["Episodes"],
  // Reads fields derived from postcodes (PL_LA, PL_LOCATION, PL_DISTANCE): without them it cannot decide.
  needs: ["postcodes"],
  fields: ["PL_LA"],
  severity: "error",
  message: "A local authority of placement is given for a respite episode (V3 or V4); leave it blank.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      if (RESPITE.has(rows[i]?.LS ?? "") && rows[i]?.PL_LA != null)
        yield { table: "Episodes", row: i, field: "PL_LA" };
    }
  },
});
