import { defineRule } from "../rule";

const RESPITE = new Set(["V3", "V4"]);

/**
 * 398: during respite (legal status V3 or V4) no home or placement postcode is returned, so the
 * placement distance cannot be worked out; both must be blank.
 * DfE SSDA903 validation rule 398 (Episodes.LS, Episodes.HOME_POST, Episodes.PL_POST).
 */
export const rule398 = defineRule({
  code: "398",
  tables: ["Episodes"],
  fields: ["LS", "HOME_POST", "PL_POST"],
  severity: "error",
  message: "Postcodes are given for a respite episode (V3 or V4); leave them blank.",
  *check(ctx) {
    const rows = ctx.table("Episodes");
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (RESPITE.has(r?.LS ?? "") && (r?.HOME_POST != null || r?.PL_POST != null)) {
        yield { table: "Episodes", row: i, field: "LS" };
      }
    }
  },
});
